import { describe, expect, it } from 'vitest';
import { chooseTickLevel, ticks } from '../../../src/timeline/ticks';
import type { Domain } from '../../../src/timeline/domain';

const utc = (y: number, m = 0, d = 1) => Date.UTC(y, m, d);

describe('ticks', () => {
  it('chooseTickLevel goes from decades to days as the span narrows', () => {
    const levels = [
      [utc(1900), utc(2030)],
      [utc(1991), utc(2026)],
      [utc(2020), utc(2023)],
      [utc(2022), utc(2022, 2)],
      [utc(2022, 2), utc(2022, 2, 15)],
    ].map((d) => chooseTickLevel(d as unknown as Domain, 1000).level);
    expect(levels).toEqual(['decade', 'year', 'month', 'week', 'day']);
  });
  it('chooseTickLevel keeps ticks at least the minimum spacing apart', () => {
    for (const width of [320, 800, 1920]) {
      const d: Domain = [utc(2019), utc(2024)];
      const t = ticks(d, width);
      for (let i = 1; i < t.length; i++) {
        const px = ((t[i]!.ms - t[i - 1]!.ms) / (d[1] - d[0])) * width;
        expect(px).toBeGreaterThanOrEqual(72 * 0.9);
      }
    }
  });
  it('ticks are UTC boundaries inside the domain', () => {
    const t = ticks([utc(2022), utc(2023)], 1000);
    expect(t.map((x) => new Date(x.ms).getUTCDate())).toEqual(Array(13).fill(1));
    expect(t[0]).toEqual({ ms: utc(2022), key: 'year', major: true });
    expect(t[1]).toEqual({ ms: utc(2022, 1), key: 'month', major: false });
  });
  it('ticks on a day axis mark the first of a month as a month tick', () => {
    const t = ticks([utc(2022, 1, 25), utc(2022, 2, 5)], 1000);
    const first = t.find((x) => x.ms === utc(2022, 2, 1));
    expect(first).toEqual({ ms: utc(2022, 2, 1), key: 'month', major: true });
  });
});

describe('warpedTicks', () => {
  it('warpedTicks(...) puts no tick inside a compressed gap and names the year after it', async () => {
    const { warpedTicks } = await import('../../../src/timeline/ticks');
    const { createTimeWarp } = await import('../../../src/timeline/timeWarp');
    const p = (ms: number) => ({ start: ms, end: ms + 86_400_000 });
    const warp = createTimeWarp([
      p(Date.UTC(2022, 2, 1)),
      p(Date.UTC(2022, 10, 20)),
      p(Date.UTC(2026, 1, 13)),
    ]);
    const ts = warpedTicks([Date.UTC(2022, 1, 1), Date.UTC(2026, 2, 1)], 1200, 72, warp);
    const gap = warp.gaps[0]!;
    expect(ts.some((t) => t.ms > gap.start && t.ms < gap.end)).toBe(false);
    const after = ts.find((t) => t.ms >= gap.end)!;
    expect(['year', 'monthYear', 'dayYear']).toContain(after.key);
  });

  it('lets a tick squeezed against the left edge give way, so the month of a zoomed event is named', async () => {
    const { warpedTicks } = await import('../../../src/timeline/ticks');
    const { createTimeWarp } = await import('../../../src/timeline/timeWarp');
    const DAY = 86_400_000;
    const day = (y: number, m: number, d: number) => ({
      start: Date.UTC(y, m - 1, d),
      end: Date.UTC(y, m - 1, d) + DAY,
    });
    // The seeds' shape: a year in 2010, a cluster on 1–16 March 2022 (widened on screen), an
    // autumn interval, two days in 2026. Late January and February 2022 run narrow at 1:1.
    const warp = createTimeWarp([
      { start: Date.UTC(2010, 0, 1), end: Date.UTC(2011, 0, 1) },
      day(2022, 3, 1),
      day(2022, 3, 16),
      { start: Date.UTC(2022, 9, 6), end: Date.UTC(2022, 10, 20) },
      day(2022, 11, 20),
      day(2026, 2, 13),
      day(2026, 2, 16),
    ]);
    // 40 days before 1 March to 60 after: the view of a link to the congress.
    const ts = warpedTicks([Date.UTC(2022, 0, 20), Date.UTC(2022, 4, 1)], 580, 72, warp);
    expect(ts.map((t) => new Date(t.ms).getUTCMonth())).toContain(2);
    // The first label named still carries the year.
    expect(['year', 'monthYear']).toContain(ts[0]!.key);
  });
});
