import type { Domain } from './domain';
import { DAY_MS } from './domain';
import type { TimeWarp } from './timeWarp';

/** Ranges split at the warp's gaps: the stretches of time where events are. */
function segmentsOf(ranges: readonly { start: number; end: number }[], warp: TimeWarp) {
  const cuts = warp.gaps.map((g) => g.start);
  const segments = cuts.concat(Infinity).map(() => ({ start: Infinity, end: -Infinity, n: 0 }));
  for (const r of ranges) {
    const s = segments[cuts.filter((c) => c <= r.start).length]!;
    [s.start, s.end, s.n] = [Math.min(s.start, r.start), Math.max(s.end, r.end), s.n + 1];
  }
  return segments.filter((s) => s.n > 0);
}

/**
 * The view a reader first sees: where the events are. A stretch at either end holding fewer than
 * minShare of the events (one event recalled from years before) is left out, so it cannot set
 * the frame; it stays one zoom-out or overview drag away. Padding is a share of the warped span,
 * so a compressed gap inside the view does not inflate it. Null for no ranges.
 * @example firstViewOf([{ start: 0, end: 1 }], identityWarp) // [-0.04…, 1.04…] widened to minSpanMs
 */
export function firstViewOf(
  ranges: readonly { start: number; end: number }[],
  warp: TimeWarp,
  { minShare = 0.1, padding = 0.04, minSpanMs = 30 * DAY_MS } = {},
): Domain | null {
  const segments = segmentsOf(ranges, warp);
  if (segments.length === 0) return null;
  const minCount = minShare * ranges.length;
  while (segments.length > 1 && segments[0]!.n < minCount) segments.shift();
  while (segments.length > 1 && segments.at(-1)!.n < minCount) segments.pop();
  const lo = warp.toWarped(segments[0]!.start);
  const hi = warp.toWarped(segments.at(-1)!.end);
  const span = Math.max(hi - lo, minSpanMs);
  const mid = (lo + hi) / 2;
  const half = (span * (1 + 2 * padding)) / 2;
  return [warp.fromWarped(mid - half), warp.fromWarped(mid + half)];
}
