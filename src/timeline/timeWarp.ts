import { DAY_MS } from './domain';

/** A long stretch without events, drawn narrow (UTC ms, [start, end)). */
export interface TimeGap {
  start: number;
  end: number;
}

/**
 * A piecewise-linear, strictly increasing map from real time to "warped" time in which long empty
 * stretches are compressed. The timeline lays out, zooms and pans in warped time and converts at
 * its edges, so ticks, dates and the URL stay real. Outside the events' extent time runs at 1:1.
 */
export interface TimeWarp {
  /** Real UTC ms → warped ms. Inverse: fromWarped. */
  toWarped(ms: number): number;
  /** Warped ms → real UTC ms. Inverse: toWarped. */
  fromWarped(v: number): number;
  /** The compressed stretches, real UTC ms, in time order. */
  gaps: readonly TimeGap[];
}

export interface TimeWarpOptions {
  /** A gap is compressed only when it is longer than this share of the time outside long gaps.
   * Default 0.2. */
  minGapShare?: number;
  /** …and longer than this, ms. Default 180 days. */
  minGapMs?: number;
  /** Real time kept at 1:1 on each side of a gap, for the marks beside it, ms. Default 30 days. */
  edgeMs?: number;
  /** Width of a compressed gap, as a share of the time that is not compressed. Default 0.05. */
  gapShare?: number;
  /** Narrowest a stretch with events is drawn, as a share of all such time. Default 0.25. */
  minStretchShare?: number;
}

const IDENTITY: TimeWarp = { toWarped: (ms) => ms, fromWarped: (v) => v, gaps: [] };

/** Runs of overlapping ranges, in time order (each [start, end) and the number of ranges). */
export function groupRanges(
  ranges: Iterable<{ start: number; end: number }>,
): { start: number; end: number; count: number }[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  const groups: { start: number; end: number; count: number }[] = [];
  for (const r of sorted) {
    const last = groups.at(-1);
    if (last && r.start <= last.end) {
      last.end = Math.max(last.end, r.end);
      last.count++;
    } else groups.push({ start: r.start, end: r.end, count: 1 });
  }
  return groups;
}

/** The long empty stretches between runs of ranges (real ms), by the rules in TimeWarpOptions. */
function emptyStretchesOf(
  ranges: Iterable<{ start: number; end: number }>,
  options: TimeWarpOptions,
): { start: number; end: number }[] {
  const { minGapShare = 0.2, minGapMs = 180 * DAY_MS } = options;
  const groups = groupRanges(ranges);
  if (groups.length < 2) return [];
  const gaps = groups.slice(1).map((g, i) => ({ start: groups[i]!.end, end: g.start }));
  const long = gaps.filter((g) => g.end - g.start > minGapMs);
  // Measured against the time that is not itself a long gap: one recalled outlier decades back
  // must not make the gap between two recent stretches look short.
  const extent = groups.at(-1)!.end - groups[0]!.start;
  const busy = extent - long.reduce((sum, g) => sum + g.end - g.start, 0);
  return long.filter((g) => g.end - g.start > minGapShare * busy);
}

const edgeOf = (e: { start: number; end: number }, o: TimeWarpOptions) =>
  Math.min(o.edgeMs ?? 30 * DAY_MS, (e.end - e.start) / 4);

/** The compressed gaps (real ms): long empty stretches less a 1:1 margin at each side. */
export function longGapsOf(
  ranges: Iterable<{ start: number; end: number }>,
  options: TimeWarpOptions = {},
): TimeGap[] {
  return emptyStretchesOf(ranges, options).map((e) => ({
    start: e.start + edgeOf(e, options),
    end: e.end - edgeOf(e, options),
  }));
}

/**
 * The warp for a set of event ranges: each long empty stretch shrinks to gapShare of the time
 * with events, keeping a 1:1 margin at its sides (so the marks beside it keep their room), and a
 * short stretch of events is widened (at most MAX_WIDEN times) so it can be read next to a long
 * one. A recalled event from years before can no longer squeeze the rest into a corner.
 * @example createTimeWarp([{ start: 0, end: 10 }, { start: 1e12, end: 1e12 + 10 }]).gaps.length // 1
 */
export function createTimeWarp(
  ranges: Iterable<{ start: number; end: number }>,
  options: TimeWarpOptions = {},
): TimeWarp {
  const list = [...ranges];
  const empties = emptyStretchesOf(list, options);
  if (empties.length === 0) return IDENTITY;
  // A loop, not Math.min(...list): 100,000 arguments overflow the call stack.
  let [lo, hi] = [Infinity, -Infinity];
  for (const r of list) [lo, hi] = [Math.min(lo, r.start), Math.max(hi, r.end)];
  // Knots in real time; kinds of the pieces between them: events, margin, gap, margin, events…
  const real = [lo];
  const kinds: ('events' | 'margin' | 'gap')[] = [];
  for (const e of empties) {
    const m = edgeOf(e, options);
    real.push(e.start, e.start + m, e.end - m, e.end);
    kinds.push('events', 'margin', 'gap', 'margin');
  }
  real.push(hi);
  kinds.push('events');
  const lengths = kinds.map((_, i) => real[i + 1]! - real[i]!);
  const eventTime = lengths.reduce((sum, len, i) => (kinds[i] === 'events' ? sum + len : sum), 0);
  const minStretch = (options.minStretchShare ?? 0.25) * eventTime;
  const warpedLengths = lengths.map((len, i) =>
    kinds[i] === 'events' ? Math.max(len, Math.min(minStretch, len * MAX_WIDEN)) : len,
  );
  const kept = warpedLengths.reduce((sum, len, i) => (kinds[i] !== 'gap' ? sum + len : sum), 0);
  const gapWarped = Math.max(DAY_MS, (options.gapShare ?? 0.05) * kept);
  const warped = [lo];
  kinds.forEach((kind, i) =>
    warped.push(warped[i]! + (kind === 'gap' ? gapWarped : warpedLengths[i]!)),
  );
  const interpolate = (from: number[], to: number[], t: number) => {
    if (t <= from[0]!) return to[0]! + (t - from[0]!);
    let i = 1;
    while (i < from.length && from[i]! < t) i++;
    if (i === from.length) return to.at(-1)! + (t - from.at(-1)!);
    const share = (t - from[i - 1]!) / (from[i]! - from[i - 1]! || 1);
    return to[i - 1]! + share * (to[i]! - to[i - 1]!);
  };
  return {
    toWarped: (ms) => interpolate(real, warped, ms),
    fromWarped: (v) => interpolate(warped, real, v),
    gaps: empties.map((e) => ({
      start: e.start + edgeOf(e, options),
      end: e.end - edgeOf(e, options),
    })),
  };
}

/** A short stretch of events is drawn at most this many times wider than its share of time. */
const MAX_WIDEN = 12;

/**
 * Zooms a real domain by `factor` around its middle as drawn (in warped time), so a zoom button
 * never centres on the middle of a compressed gap, where nothing is.
 * @example zoomWarped([a, b], 2, warp) // half as wide on screen, same centre on screen
 */
export function zoomWarped(
  domain: readonly [number, number],
  factor: number,
  warp: Pick<TimeWarp, 'toWarped' | 'fromWarped'>,
): [number, number] {
  const [w0, w1] = [warp.toWarped(domain[0]), warp.toWarped(domain[1])];
  const mid = (w0 + w1) / 2;
  const half = (w1 - w0) / 2 / factor;
  return [warp.fromWarped(mid - half), warp.fromWarped(mid + half)];
}
