/** A rectangle in the drawing, px. */
export interface Box {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

/**
 * The top of the first vertical stretch `length` px long within [from, to] that no box crosses in
 * the column [a, b], or null when there is none. A label running down a narrow band must sit where
 * no event's bar or label passes through it: two texts over each other are both illegible.
 *
 * @example freeStretch(10, 20, [{ x0: 0, x1: 100, y0: 0, y1: 50 }], 0, 200, 100) // 50
 */
export function freeStretch(
  a: number,
  b: number,
  boxes: readonly Box[],
  from: number,
  to: number,
  length: number,
): number | null {
  const across = boxes
    .filter((box) => box.x1 > a && box.x0 < b && box.y1 > from && box.y0 < to)
    .sort((p, q) => p.y0 - q.y0);
  let top = from;
  for (const box of across) {
    if (box.y0 - top >= length) return top;
    top = Math.max(top, box.y1);
  }
  return to - top >= length ? top : null;
}
