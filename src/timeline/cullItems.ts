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
 * Index bounds [from, to) of the items that may overlap the domain: every overlapping item is
 * inside, and those inside that do not overlap ended before the domain (check item.end).
 * Lets a frame scan 100,000 items without allocating a culled copy.
 */
export function cullRange(
  items: readonly { start: number }[],
  domain: Domain,
  maxSpanMs: number,
): [from: number, to: number] {
  return [lowerBound(items, domain[0] - maxSpanMs), lowerBound(items, domain[1])];
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
  const [from, to] = cullRange(items, domain, maxSpanMs);
  const out: T[] = [];
  for (let i = from; i < to; i++) {
    const item = items[i]!;
    if (item.end > domain[0]) out.push(item);
  }
  return out;
}
