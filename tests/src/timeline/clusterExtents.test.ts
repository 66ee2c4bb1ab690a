import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clusterExtents } from '../../../src/timeline/clusterExtents';

describe('clusterExtents', () => {
  it('clusterExtents merges extents closer than the gap', () => {
    const g = clusterExtents(
      [
        { x0: 0, x1: 4 },
        { x0: 6, x1: 9 },
        { x0: 30, x1: 34 },
      ],
      4,
    );
    expect(g).toEqual([
      { x0: 0, x1: 9, members: [0, 1] },
      { x0: 30, x1: 34, members: [2] },
    ]);
  });
  it('clusterExtents keeps every extent exactly once and groups apart by the gap', () => {
    const xs = fc
      .array(
        fc.tuple(
          fc.double({ min: 0, max: 2000, noNaN: true }),
          fc.double({ min: 0, max: 50, noNaN: true }),
        ),
        { maxLength: 300 },
      )
      .map((a) => a.map(([x0, w]) => ({ x0, x1: x0 + w })).sort((p, q) => p.x0 - q.x0));
    fc.assert(
      fc.property(xs, (ext) => {
        const groups = clusterExtents(ext, 5);
        expect(groups.flatMap((g) => g.members)).toEqual(ext.map((_, i) => i));
        for (let i = 1; i < groups.length; i++)
          expect(groups[i]!.x0).toBeGreaterThanOrEqual(groups[i - 1]!.x1 + 5);
      }),
    );
  });
});
