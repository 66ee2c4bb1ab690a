import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  centerDomainOn,
  clampDomain,
  fitDomain,
  panDomain,
  timeToX,
  xToTime,
  yearDomain,
  zoomDomain,
  type Domain,
} from '../../../src/timeline/domain';

const bounds: Domain = [0, 1_000_000];

describe('domain', () => {
  it('timeToX and xToTime are inverse', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 2e6, noNaN: true }), (ms) => {
        const d: Domain = [100, 50_100];
        expect(xToTime(timeToX(ms, d, 800), d, 800)).toBeCloseTo(ms, 3);
      }),
    );
  });
  it('clampDomain keeps the span between minSpan and the bounds and inside bounds', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -2e6, max: 2e6, noNaN: true }),
        fc.double({ min: 0, max: 3e6, noNaN: true }),
        (a, span) => {
          const [s, e] = clampDomain([a, a + span], bounds, 1000);
          expect(s).toBeGreaterThanOrEqual(bounds[0]);
          expect(e).toBeLessThanOrEqual(bounds[1] + 1e-6);
          expect(e - s).toBeGreaterThanOrEqual(1000 - 1e-6);
        },
      ),
    );
  });
  it('clampDomain returns the same array when already legal', () => {
    const d: Domain = [10, 5000];
    expect(clampDomain(d, bounds, 1000)).toBe(d);
    expect(clampDomain([-10, 990], bounds, 1000)).toEqual([0, 1000]);
  });
  it('zoomDomain keeps the anchor at the same pixel and zooms by the factor', () => {
    const d = zoomDomain([0, 100], 4, 20);
    expect(d[1] - d[0]).toBe(25);
    expect(timeToX(20, d, 500)).toBeCloseTo(timeToX(20, [0, 100], 500));
    expect(zoomDomain(zoomDomain([0, 100], 2, 30), 0.5, 30)).toEqual([0, 100]);
  });
  it('panDomain moves content with the pointer and round-trips', () => {
    expect(panDomain([0, 100], 10, 100)).toEqual([-10, 90]);
    expect(panDomain(panDomain([0, 100], 37, 400), -37, 400)).toEqual([0, 100]);
  });
  it('centerDomainOn keeps the span', () => {
    expect(centerDomainOn([0, 100], 500)).toEqual([450, 550]);
  });
  it('yearDomain is the UTC calendar year', () => {
    expect(yearDomain(2022)).toEqual([Date.UTC(2022, 0), Date.UTC(2023, 0)]);
  });
  it('fitDomain pads the union of ranges and returns null for none', () => {
    expect(
      fitDomain(
        [
          { start: 0, end: 50 },
          { start: 60, end: 100 },
        ],
        0.1,
        1,
      ),
    ).toEqual([-10, 110]);
    expect(fitDomain([], 0.1)).toBeNull();
  });
});
