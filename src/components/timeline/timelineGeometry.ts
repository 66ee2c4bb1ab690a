/**
 * Pixel geometry of the timeline, derived from the label font size so that everything grows
 * together on a projector (the CSS sets the size in rem/clamp; we read the computed px once per
 * layout). Components get these numbers already scaled.
 */
export interface TimelineGeometry {
  /** Label font size, px (computed from CSS). */
  fontPx: number;
  /** Height of one label row, px. */
  rowPx: number;
  /** Height of an event bar, px. */
  barPx: number;
  /** Diameter of an event dot, px. */
  dotPx: number;
  /** Height of the axis band above the lanes, px. */
  axisPx: number;
  /** Height of a lane's title band, px. */
  laneHeadPx: number;
  /** Lane height: title, label rows and the cluster row, px. */
  lanePx: number;
  /** Average glyph advance at fontPx, for label width estimates, px. */
  charPx: number;
}

/** Label font size when nothing can be measured (jsdom), px. */
export const DEFAULT_FONT_PX = 12;

/**
 * Geometry for a label font size and a number of label rows per lane (one more row holds clusters).
 * @example geometryOf(12, 3).rowPx // 18
 */
export function geometryOf(fontPx: number, rows: number): TimelineGeometry {
  const f = Math.max(8, fontPx);
  const rowPx = Math.round(f * 1.5);
  const laneHeadPx = Math.round(f * 1.35);
  return {
    fontPx: f,
    rowPx,
    barPx: Math.max(4, Math.round(f * 0.42)),
    dotPx: Math.max(8, Math.round(f * 0.84)),
    axisPx: Math.round(f * 2.35),
    laneHeadPx,
    lanePx: laneHeadPx + (rows + 1) * rowPx + Math.round(f / 2),
    // system-ui Latin and Cyrillic average ~0.6 em (wider in DejaVu, the Linux fallback); an
    // overestimate only truncates earlier, an underestimate clips the label's last letters.
    charPx: f * 0.64,
  };
}

/** y of the top of a row in a lane whose top is laneTopPx, px from the top of the svg. */
export function rowTopOf(g: TimelineGeometry, laneTopPx: number, row: number): number {
  return laneTopPx + g.laneHeadPx + row * g.rowPx;
}

/**
 * Lanes as tall as the rows they use in this view (vis-timeline's auto-height groups): a lane
 * with one event takes one row, a lane with nothing in view takes no room, so every lane fits on
 * a laptop screen. Returns each lane's top and height and the total height (axis included), px.
 * @example laneTopsOf([2, 0], geometryOf(12, 3)).heights // [16 + 36 + 6, 0]
 */
export function laneTopsOf(
  rowsUsed: readonly number[],
  g: TimelineGeometry,
): { tops: number[]; heights: number[]; totalPx: number } {
  const tops: number[] = [];
  const heights: number[] = [];
  let y = g.axisPx;
  for (const rows of rowsUsed) {
    const h = rows === 0 ? 0 : g.laneHeadPx + rows * g.rowPx + Math.round(g.fontPx / 2);
    tops.push(y);
    heights.push(h);
    y += h;
  }
  return { tops, heights, totalPx: y };
}
