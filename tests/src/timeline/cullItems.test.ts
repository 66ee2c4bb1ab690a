import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cullItems } from '../../../src/timeline/cullItems';

describe('cullItems', () => {
  it('cullItems keeps exactly the items overlapping the domain, in order', () => {
    const items = fc
      .array(fc.tuple(fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 1, max: 800 })), {
        maxLength: 300,
      })
      .map((a) =>
        a.map(([start, len]) => ({ start, end: start + len })).sort((p, q) => p.start - q.start),
      );
    fc.assert(
      fc.property(
        items,
        fc.integer({ min: -500, max: 10_000 }),
        fc.integer({ min: 1, max: 3000 }),
        (xs, a, w) => {
          const maxSpan = Math.max(0, ...xs.map((x) => x.end - x.start));
          const expected = xs.filter((x) => x.end > a && x.start < a + w);
          expect(cullItems(xs, [a, a + w], maxSpan)).toEqual(expected);
        },
      ),
    );
  });
});
