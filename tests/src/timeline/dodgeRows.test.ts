import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dodgeRows } from '../../../src/timeline/dodgeRows';

const extents = fc
  .array(
    fc.tuple(
      fc.double({ min: 0, max: 1000, noNaN: true }),
      fc.double({ min: 0, max: 300, noNaN: true }),
    ),
    { maxLength: 200 },
  )
  .map((xs) => xs.map(([x0, w]) => ({ x0, x1: x0 + w })).sort((a, b) => a.x0 - b.x0));

describe('dodgeRows', () => {
  it('dodgeRows puts overlapping extents on separate rows', () => {
    expect(
      dodgeRows(
        [
          { x0: 0, x1: 10 },
          { x0: 5, x1: 15 },
          { x0: 12, x1: 20 },
        ],
        3,
      ),
    ).toEqual([0, 1, 0]);
  });
  it('dodgeRows returns -1 when every row is taken', () => {
    expect(
      dodgeRows(
        [
          { x0: 0, x1: 10 },
          { x0: 1, x1: 10 },
        ],
        1,
      ),
    ).toEqual([0, -1]);
  });
  it('dodgeRows never lets two placed extents in a row overlap or come within the gap', () => {
    fc.assert(
      fc.property(
        extents,
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 0, max: 8 }),
        (xs, rows, gap) => {
          const placed = dodgeRows(xs, rows, gap);
          for (let i = 0; i < xs.length; i++) {
            for (let j = i + 1; j < xs.length; j++) {
              if (placed[i] === -1 || placed[i] !== placed[j]) continue;
              const [a, b] = [xs[i]!, xs[j]!];
              expect(a.x1 + gap <= b.x0 || b.x1 + gap <= a.x0).toBe(true);
            }
          }
          expect(placed.every((r) => r >= -1 && r < rows)).toBe(true);
        },
      ),
    );
  });
});
