import { describe, expect, it } from 'vitest';
import { DAY_MS } from '../../../src/timeline/domain';
import { firstViewOf } from '../../../src/timeline/firstView';
import { createTimeWarp } from '../../../src/timeline/timeWarp';

const point = (y: number, m: number, d: number) => {
  const ms = Date.UTC(y, m - 1, d);
  return { start: ms, end: ms + DAY_MS };
};

describe('firstViewOf', () => {
  const ranges = [
    { start: Date.UTC(2010, 0, 1), end: Date.UTC(2011, 0, 1) },
    ...[3, 4, 5, 6, 7, 8, 9, 10, 11].map((m) => point(2022, m, 10)),
    ...[13, 14, 16].map((d) => point(2026, 2, d)),
  ];
  it('firstViewOf(ranges, warp) leaves out a lone recalled outlier but keeps both dense stretches', () => {
    const view = firstViewOf(ranges, createTimeWarp(ranges))!;
    expect(view[0]).toBeGreaterThan(Date.UTC(2011, 0, 1));
    expect(view[0]).toBeLessThanOrEqual(Date.UTC(2022, 2, 10));
    expect(view[1]).toBeGreaterThan(Date.UTC(2026, 1, 17));
  });
  it('firstViewOf(ranges, warp) keeps everything when no stretch is an outlier', () => {
    const even = [point(2022, 1, 1), point(2022, 6, 1), point(2022, 12, 1)];
    const view = firstViewOf(even, createTimeWarp(even))!;
    expect(view[0]).toBeLessThan(Date.UTC(2022, 0, 1));
    expect(view[1]).toBeGreaterThan(Date.UTC(2022, 11, 2));
  });
  it('firstViewOf([]) is null', () => {
    expect(firstViewOf([], createTimeWarp([]))).toBeNull();
  });
});
