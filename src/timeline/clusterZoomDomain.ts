import { fitDomain, zoomDomain, type Domain } from './domain';

/** The part of a cluster badge that decides where its members land: their start times, UTC ms. */
export interface ClusterSpan {
  start: number;
  lastStart: number;
}

/** Zooming in by less than this factor would leave the badge looking the same. */
const MIN_ZOOM = 2;

/**
 * The domain that spreads a cluster's members apart: their starts (where markers sit) with 15 %
 * padding, not their ends, since one long member would otherwise keep the view as wide as before.
 * Always zooms in by at least 2× around the members, so activating a badge visibly does something
 * even when they share a start. The caller clamps the result (clampDomain).
 * @example clusterZoomDomain({ start: 40, lastStart: 60 }, [0, 1000], 1) // [37, 63]
 */
export function clusterZoomDomain(c: ClusterSpan, domain: Domain, minSpanMs: number): Domain {
  const fitted = fitDomain([{ start: c.start, end: c.lastStart }], 0.15, minSpanMs)!;
  const maxSpan = (domain[1] - domain[0]) / MIN_ZOOM;
  if (fitted[1] - fitted[0] <= maxSpan) return fitted;
  return zoomDomain(domain, MIN_ZOOM, (c.start + c.lastStart) / 2);
}
