import { describe, expect, it } from 'vitest';
import { clusterZoomDomain } from '../../../src/timeline/clusterZoomDomain';

describe('clusterZoomDomain', () => {
  it('clusterZoomDomain(...) fits the members’ starts with 15 % padding', () => {
    expect(clusterZoomDomain({ start: 400, lastStart: 600 }, [0, 10_000], 1)).toEqual([370, 630]);
  });
  it('clusterZoomDomain(...) zooms in at least 2× around the members when their starts are far apart', () => {
    expect(clusterZoomDomain({ start: 100, lastStart: 900 }, [0, 1000], 1)).toEqual([250, 750]);
  });
  it('clusterZoomDomain(...) widens members that share a start to minSpanMs', () => {
    const [a, b] = clusterZoomDomain({ start: 5000, lastStart: 5000 }, [0, 100_000], 200);
    expect(b - a).toBeCloseTo(260);
    expect((a + b) / 2).toBe(5000);
  });
});
