import type { Extent } from './dodgeRows';

/** Consecutive extents merged because they would touch: indices into the input. */
export interface ExtentGroup extends Extent {
  members: number[];
}

/**
 * Merges extents (sorted by x0) into groups whenever the next one starts less than gapPx after the
 * group's right edge; the groups themselves never overlap. Used for cluster markers.
 * @example clusterExtents([{ x0: 0, x1: 4 }, { x0: 6, x1: 9 }], 4) // one group, members [0, 1]
 */
export function clusterExtents(extents: readonly Extent[], gapPx: number): ExtentGroup[] {
  const groups: ExtentGroup[] = [];
  let current: ExtentGroup | null = null;
  extents.forEach(({ x0, x1 }, i) => {
    if (current && x0 < current.x1 + gapPx) {
      current.x1 = Math.max(current.x1, x1);
      current.members.push(i);
    } else {
      current = { x0, x1, members: [i] };
      groups.push(current);
    }
  });
  return groups;
}
