import type { TimelineLayout } from '../../timeline/layoutTimeline';

export interface DrawGeometry {
  widthPx: number;
  heightPx: number;
  /** y of a mark's row top, px. */
  rowTop: (laneIndex: number, row: number) => number;
  rowPx: number;
}

/**
 * Draws marker-level marks (dots and cluster badges) on a canvas: at low zoom there can be
 * hundreds of them and SVG nodes cost ~40 ms per frame (measured with npm run bench:app);
 * canvas costs ~1 ms. Colours come from the element's CSS custom properties, so themes apply.
 */
export function drawMarks(
  canvas: HTMLCanvasElement,
  layout: TimelineLayout,
  g: DrawGeometry,
): void {
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  const ratio = window.devicePixelRatio || 1;
  const w = Math.round(g.widthPx * ratio);
  const h = Math.round(g.heightPx * ratio);
  if (canvas.width !== w || canvas.height !== h) {
    canvas.width = w;
    canvas.height = h;
  }
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  ctx.clearRect(0, 0, g.widthPx, g.heightPx);
  const style = getComputedStyle(canvas);
  ctx.font = '700 10px system-ui, sans-serif';
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  layout.lanes.forEach((lane, i) => {
    const color = style.getPropertyValue(`--tl-lane-${lane.lane}`).trim() || '#1f5fa8';
    for (const m of lane.marks) {
      const y = g.rowTop(i, m.row);
      ctx.fillStyle = color;
      ctx.strokeStyle = color;
      if (m.kind === 'cluster') {
        const bw = Math.max(m.x1 - m.x0, 14);
        ctx.beginPath();
        ctx.roundRect(m.x0, y + 2, bw, g.rowPx - 6, 6);
        ctx.fill();
        if (bw >= 14) {
          ctx.fillStyle = '#ffffff';
          ctx.fillText(String(m.count), m.x0 + bw / 2, y + g.rowPx / 2 - 1);
        }
      } else {
        ctx.beginPath();
        ctx.arc(m.x0 + 5, y + 5, 4, 0, 2 * Math.PI);
        if (m.item.planned) {
          ctx.setLineDash([2, 2]);
          ctx.stroke();
          ctx.setLineDash([]);
        } else ctx.fill();
      }
    }
  });
}

/** Canvas 2D exists (not jsdom, which only stubs it and logs an error). */
export function canDrawCanvas(): boolean {
  return (
    typeof navigator !== 'undefined' &&
    !/jsdom/i.test(navigator.userAgent) &&
    typeof HTMLCanvasElement !== 'undefined'
  );
}
