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
  it('clusterExtents caps a group at maxWidthPx and trims it clear of the next', () => {
    const points = Array.from({ length: 20 }, (_, i) => ({ x0: i * 5, x1: i * 5 + 10 }));
    const g = clusterExtents(points, 4, 40);
    expect(g.length).toBeGreaterThan(1);
    for (let i = 1; i < g.length; i++) expect(g[i]!.x0).toBeGreaterThanOrEqual(g[i - 1]!.x1 + 4);
    expect(g.every((x) => x.x1 - x.x0 <= 50)).toBe(true);
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
        const groups = clusterExtents(ext, 5, 30);
        expect(groups.flatMap((g) => g.members)).toEqual(ext.map((_, i) => i));
        for (let i = 1; i < groups.length; i++)
          expect(groups[i]!.x0).toBeGreaterThanOrEqual(groups[i - 1]!.x1 + 5);
      }),
    );
  });
});
