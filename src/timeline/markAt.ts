/**
 * The mark under a pointer: the one in `row` whose [x0, x1] holds x (with slopPx of tolerance),
 * preferring the nearest. Used to hit-test marks drawn on canvas, which has no DOM per mark.
 * @example markAt(lane.marks, 120, 3)
 */
export function markAt<M extends { row: number; x0: number; x1: number }>(
  marks: readonly M[],
  x: number,
  row: number,
  slopPx = 3,
): M | undefined {
  let best: M | undefined;
  let bestDistance = Infinity;
  for (const m of marks) {
    if (m.row !== row) continue;
    const distance = x < m.x0 ? m.x0 - x : x > m.x1 ? x - m.x1 : 0;
    if (distance <= slopPx && distance < bestDistance) {
      best = m;
      bestDistance = distance;
    }
  }
  return best;
}
