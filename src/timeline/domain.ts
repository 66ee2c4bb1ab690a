/**
 * The viewport is the visible time domain: an immutable pair of UTC ms, [start, end).
 * The store holds it; every change goes through these pure functions and ends in clampDomain.
 */
export type Domain = readonly [start: number, end: number];

export const DAY_MS = 86_400_000;

/** Pixel x (0…widthPx) of a UTC ms inside the domain. Inverse: xToTime. */
export function timeToX(ms: number, domain: Domain, widthPx: number): number {
  return ((ms - domain[0]) / (domain[1] - domain[0])) * widthPx;
}

/** UTC ms at pixel x inside the domain. Inverse: timeToX. */
export function xToTime(px: number, domain: Domain, widthPx: number): number {
  return domain[0] + (px / widthPx) * (domain[1] - domain[0]);
}

/**
 * The single place where a domain is made legal: its span kept within [minSpanMs, span of bounds]
 * and then shifted (not shrunk) to lie inside bounds. Returns the same array when already legal,
 * so callers can skip no-op updates with Object.is.
 * @example clampDomain([0, 10], [0, 100], 20) // [0, 20]
 */
export function clampDomain(domain: Domain, bounds: Domain, minSpanMs: number = DAY_MS): Domain {
  const maxSpan = bounds[1] - bounds[0];
  const span = Math.min(maxSpan, Math.max(minSpanMs, domain[1] - domain[0]));
  const mid = (domain[0] + domain[1]) / 2;
  let start = mid - span / 2;
  start = Math.min(bounds[1] - span, Math.max(bounds[0], start));
  const end = start + span;
  return start === domain[0] && end === domain[1] ? domain : [start, end];
}

/**
 * Zooms by a factor around an anchor time that stays at the same pixel (factor > 1 zooms in).
 * @example zoomDomain([0, 100], 2, 50) // [25, 75]
 */
export function zoomDomain(domain: Domain, factor: number, anchorMs?: number): Domain {
  const anchor = anchorMs ?? (domain[0] + domain[1]) / 2;
  return [anchor - (anchor - domain[0]) / factor, anchor + (domain[1] - anchor) / factor];
}

/**
 * Pans like a drag: content follows the pointer, so dx > 0 (drag right) shows earlier time.
 * @example panDomain([0, 100], 10, 100) // [-10, 90]
 */
export function panDomain(domain: Domain, dxPx: number, widthPx: number): Domain {
  const dt = (dxPx / widthPx) * (domain[1] - domain[0]);
  return [domain[0] - dt, domain[1] - dt];
}

/** Keeps the span and puts ms in the middle. */
export function centerDomainOn(domain: Domain, ms: number): Domain {
  const half = (domain[1] - domain[0]) / 2;
  return [ms - half, ms + half];
}

/** The calendar year in UTC, [1 Jan, next 1 Jan). */
export function yearDomain(year: number): Domain {
  return [Date.UTC(year, 0, 1), Date.UTC(year + 1, 0, 1)];
}

/**
 * The smallest domain holding all ranges, widened by `padding` of its span on each side
 * (and to at least minSpanMs), so nothing sits on the edge. Null for no ranges.
 * @example fitDomain([{ start: 0, end: 100 }], 0.1) // [-10, 110]
 */
export function fitDomain(
  ranges: Iterable<{ start: number; end: number }>,
  padding = 0.05,
  minSpanMs: number = 30 * DAY_MS,
): Domain | null {
  let lo = Infinity;
  let hi = -Infinity;
  for (const r of ranges) {
    if (r.start < lo) lo = r.start;
    if (r.end > hi) hi = r.end;
  }
  if (!(lo <= hi)) return null;
  const span = Math.max(hi - lo, minSpanMs);
  const mid = (lo + hi) / 2;
  const half = (span * (1 + 2 * padding)) / 2;
  return [mid - half, mid + half];
}

/**
 * The domain widened to whole UTC days, so a link reads `range=2022-03-01..2022-12-01` (short,
 * and a sparser QR code) instead of millisecond timestamps.
 * @example roundToDays([Date.UTC(2022, 0, 1, 5), Date.UTC(2022, 0, 3, 1)]) // [Date.UTC(2022, 0, 1), Date.UTC(2022, 0, 4)]
 */
export function roundToDays(domain: Domain): [number, number] {
  return [Math.floor(domain[0] / DAY_MS) * DAY_MS, Math.ceil(domain[1] / DAY_MS) * DAY_MS];
}
