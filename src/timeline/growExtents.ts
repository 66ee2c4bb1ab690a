import type { Extent } from './dodgeRows';

/**
 * Widens placed extents to the right, each toward its wanted right edge, but never closer than
 * gapPx to the next extent in its row and never past maxX1. Rows are assigned (dodgeRows) with a
 * capped label width so a crowded stretch still fits; afterwards a label may take whatever room
 * its row leaves free, so long titles are not cut short beside empty space. Extents never shrink,
 * and unplaced ones (row -1) are returned as they are. Extents must be sorted by x0, as for
 * dodgeRows: then the next extent in a row is the next one in the input with that row.
 * @example growExtents([{ x0: 0, x1: 10 }, { x0: 50, x1: 60 }], [0, 0], [80, 60], 5, 100)
 * // [{ x0: 0, x1: 45 }, { x0: 50, x1: 60 }]
 */
export function growExtents(
  extents: readonly Extent[],
  rows: readonly number[],
  wantX1: readonly number[],
  gapPx: number,
  maxX1: number,
): Extent[] {
  // nextX0[r]: left edge of the nearest extent to the right in row r (scanning right to left).
  const nextX0: number[] = [];
  const grown = extents.slice();
  for (let i = extents.length - 1; i >= 0; i--) {
    const r = rows[i]!;
    if (r < 0) continue;
    const { x0, x1 } = extents[i]!;
    const limit = Math.min(maxX1, (nextX0[r] ?? Infinity) - gapPx);
    const x1Grown = Math.max(x1, Math.min(wantX1[i]!, limit));
    if (x1Grown !== x1) grown[i] = { x0, x1: x1Grown };
    nextX0[r] = x0;
  }
  return grown;
}
