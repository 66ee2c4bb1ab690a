import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DAY_MS } from '../../../src/timeline/domain';
import { createTimeWarp, longGapsOf } from '../../../src/timeline/timeWarp';

const day = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d);
const point = (ms: number) => ({ start: ms, end: ms + DAY_MS });
// The seeds' shape: a year of 2022, three days of 2026, one event recalled from 2010.
const seeds = [
  { start: day(2010, 1, 1), end: day(2011, 1, 1) },
  point(day(2022, 3, 1)),
  point(day(2022, 6, 5)),
  { start: day(2022, 10, 6), end: day(2022, 11, 20) },
  point(day(2022, 11, 20)),
  point(day(2026, 2, 13)),
  point(day(2026, 2, 16)),
];

describe('createTimeWarp', () => {
  it('longGapsOf(ranges) finds the long empty stretches and nothing inside 2022', () => {
    const gaps = longGapsOf(seeds);
    expect(gaps).toHaveLength(2);
    expect(gaps[0]!.start).toBeGreaterThanOrEqual(day(2011, 1, 1));
    expect(gaps[1]!.end).toBeLessThanOrEqual(day(2026, 2, 13));
  });
  it('createTimeWarp(ranges) is strictly increasing and fromWarped inverts toWarped', () => {
    const warp = createTimeWarp(seeds);
    fc.assert(
      fc.property(
        fc.double({ min: day(2005, 1, 1), max: day(2030, 1, 1), noNaN: true }),
        fc.double({ min: 1, max: 1e10, noNaN: true }),
        (ms, dt) => {
          expect(warp.toWarped(ms + dt)).toBeGreaterThan(warp.toWarped(ms));
          expect(warp.fromWarped(warp.toWarped(ms))).toBeCloseTo(ms, -2);
        },
      ),
    );
  });
  it('createTimeWarp(ranges) gives a gap less width than the events beside it', () => {
    const warp = createTimeWarp(seeds);
    const w = (a: number, b: number) => warp.toWarped(b) - warp.toWarped(a);
    const year2022 = w(day(2022, 3, 1), day(2022, 11, 21));
    expect(w(day(2022, 11, 21), day(2026, 2, 13))).toBeLessThan(0.4 * year2022);
    // Three days of 2026 are widened so their events can be told apart.
    expect(w(day(2026, 2, 13), day(2026, 2, 17))).toBeGreaterThan(0.1 * year2022);
  });
  it('longGapsOf(ranges) still compresses 2022–2026 when 2022 intervals are drawn 6 months on', () => {
    const drawn = [...seeds, { start: day(2022, 6, 5), end: day(2022, 12, 5) }];
    expect(longGapsOf(drawn)).toHaveLength(2);
  });
  it('createTimeWarp(ranges) is the identity when events are evenly spread', () => {
    const even = Array.from({ length: 20 }, (_, i) => point(day(2020, 1, 1) + i * 20 * DAY_MS));
    const warp = createTimeWarp(even);
    expect(warp.gaps).toEqual([]);
    expect(warp.toWarped(day(2020, 5, 5))).toBe(day(2020, 5, 5));
  });
});

describe('zoomWarped', () => {
  it('zoomWarped(domain, 2, warp) keeps the on-screen centre instead of zooming into a gap', async () => {
    const { zoomWarped } = await import('../../../src/timeline/timeWarp');
    const warp = createTimeWarp(seeds);
    const view: [number, number] = [day(2022, 2, 1), day(2026, 3, 1)];
    const [a, b] = zoomWarped(view, 2, warp);
    const mid = (warp.toWarped(a) + warp.toWarped(b)) / 2;
    const was = (warp.toWarped(view[0]) + warp.toWarped(view[1])) / 2;
    expect(mid).toBeCloseTo(was, -3);
    expect(warp.toWarped(b) - warp.toWarped(a)).toBeCloseTo(
      (warp.toWarped(view[1]) - warp.toWarped(view[0])) / 2,
      -3,
    );
    // A plain zoom of the real range would have shown only the empty years between.
    expect(warp.gaps.some((g) => a >= g.start && b <= g.end)).toBe(false);
  });
});
