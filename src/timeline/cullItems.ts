import type { Domain } from './domain';

/** First index whose start is ≥ ms (items sorted by start). */
function lowerBound(items: readonly { start: number }[], ms: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (items[mid]!.start < ms) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The items that overlap the domain, in start order. Binary search bounds the scan to items that
 * start at most maxSpanMs before the domain, so a frame costs O(log n + visible), not O(n).
 * @example cullItems(sortedItems, [t0, t1], longestSpan)
 */
export function cullItems<T extends { start: number; end: number }>(
  items: readonly T[],
  domain: Domain,
  maxSpanMs: number,
): T[] {
  const from = lowerBound(items, domain[0] - maxSpanMs);
  const to = lowerBound(items, domain[1]);
  const out: T[] = [];
  for (let i = from; i < to; i++) {
    const item = items[i]!;
    if (item.end > domain[0]) out.push(item);
  }
  return out;
}
