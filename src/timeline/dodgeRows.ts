/** A horizontal extent in pixels, [x0, x1). */
export interface Extent {
  x0: number;
  x1: number;
}

/**
 * Places extents into rows so that no two in a row overlap or come closer than gapPx
 * (Observable Plot's dodge, in one dimension). First fit in input order: pass extents sorted by x0
 * for a compact result. Returns each extent's row, or -1 when all maxRows rows are taken there.
 * @example dodgeRows([{ x0: 0, x1: 10 }, { x0: 5, x1: 15 }], 2) // [0, 1]
 */
export function dodgeRows(extents: readonly Extent[], maxRows: number, gapPx = 0): number[] {
  // rowEnds[r] is the right edge of the last extent placed in row r.
  const rowEnds: number[] = [];
  return extents.map(({ x0, x1 }) => {
    for (let r = 0; r < maxRows; r++) {
      const end = rowEnds[r];
      if (end === undefined || end + gapPx <= x0) {
        rowEnds[r] = x1;
        return r;
      }
    }
    return -1;
  });
}
