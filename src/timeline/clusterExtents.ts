import type { Extent } from './dodgeRows';

/** Consecutive extents merged because they would touch: indices into the input. */
export interface ExtentGroup extends Extent {
  members: number[];
}

/**
 * Merges extents (sorted by x0) into groups whenever the next one starts less than gapPx after the
 * group's right edge. A group stops growing at maxWidthPx, so a dense stretch becomes a row of
 * badges (a histogram) instead of one badge across the screen. Each group's x1 is then trimmed to
 * end gapPx before the next begins, so groups never overlap.
 * @example clusterExtents([{ x0: 0, x1: 4 }, { x0: 6, x1: 9 }], 4) // one group, members [0, 1]
 */
export function clusterExtents(
  extents: readonly Extent[],
  gapPx: number,
  maxWidthPx = Infinity,
): ExtentGroup[] {
  const groups: ExtentGroup[] = [];
  let current: ExtentGroup | null = null;
  extents.forEach(({ x0, x1 }, i) => {
    if (current && x0 < current.x1 + gapPx && x0 < current.x0 + maxWidthPx) {
      current.x1 = Math.max(current.x1, x1);
      current.members.push(i);
    } else {
      current = { x0, x1, members: [i] };
      groups.push(current);
    }
  });
  for (let i = 1; i < groups.length; i++) {
    const prev = groups[i - 1]!;
    prev.x1 = Math.min(prev.x1, groups[i]!.x0 - gapPx);
  }
  return groups;
}
