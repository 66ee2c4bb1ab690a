import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dodgeRows } from '../../../src/timeline/dodgeRows';
import { growExtents } from '../../../src/timeline/growExtents';

describe('growExtents', () => {
  it('growExtents stops gapPx before the next extent in the same row, not in other rows', () => {
    const extents = [
      { x0: 0, x1: 10 },
      { x0: 20, x1: 30 },
      { x0: 50, x1: 60 },
    ];
    expect(growExtents(extents, [0, 1, 0], [100, 100, 60], 5, 200)).toEqual([
      { x0: 0, x1: 45 },
      { x0: 20, x1: 100 },
      { x0: 50, x1: 60 },
    ]);
  });
  it('growExtents stops at maxX1 and never shrinks or moves unplaced extents', () => {
    const extents = [
      { x0: 0, x1: 40 },
      { x0: 10, x1: 20 },
      { x0: 90, x1: 95 },
    ];
    expect(growExtents(extents, [0, -1, 1], [30, 500, 500], 2, 100)).toEqual([
      { x0: 0, x1: 40 },
      { x0: 10, x1: 20 },
      { x0: 90, x1: 100 },
    ]);
  });
  it('growExtents keeps dodgeRows rows free of overlaps for any wanted widths', () => {
    const input = fc
      .array(
        fc.tuple(
          fc.double({ min: 0, max: 1000, noNaN: true }),
          fc.double({ min: 0, max: 200, noNaN: true }),
          fc.double({ min: 0, max: 800, noNaN: true }),
        ),
        { maxLength: 120 },
      )
      .map((xs) => xs.sort((a, b) => a[0] - b[0]));
    fc.assert(
      fc.property(
        input,
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 0, max: 8 }),
        (xs, n, gap) => {
          const extents = xs.map(([x0, w]) => ({ x0, x1: x0 + w }));
          const rows = dodgeRows(extents, n, gap);
          const grown = growExtents(
            extents,
            rows,
            xs.map(([x0, , want]) => x0 + want),
            gap,
            1100,
          );
          for (let i = 0; i < grown.length; i++) {
            expect(grown[i]!.x1).toBeGreaterThanOrEqual(extents[i]!.x1);
            for (let j = i + 1; j < grown.length; j++) {
              if (rows[i] === -1 || rows[i] !== rows[j]) continue;
              expect(grown[i]!.x1 + gap).toBeLessThanOrEqual(grown[j]!.x0);
            }
          }
        },
      ),
    );
  });
});
