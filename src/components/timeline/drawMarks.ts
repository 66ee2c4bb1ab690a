import type { ClusterMark, PlacedEvent, TimelineLayout } from '../../timeline/layoutTimeline';
import { isPointItem } from '../../timeline/toTimelineItems';
import { rowTopOf, type TimelineGeometry } from './timelineGeometry';

/** Colours and font resolved from CSS once per layout change, never per frame. */
export interface CanvasStyle {
  /** Colour per lane name (from --tl-lane-*). */
  lanes: Readonly<Record<string, string>>;
  text: string;
  bg: string;
  /** CSS font-family of the timeline. */
  family: string;
}

export interface DrawOptions {
  widthPx: number;
  heightPx: number;
  geometry: TimelineGeometry;
  style: CanvasStyle;
  /** Top of each lane, px (laneTopsOf). */
  laneTops: readonly number[];
  /** Marks drawn as SVG buttons instead (tabbable, selected, or all labelled when idle). */
  skip: (mark: PlacedEvent | ClusterMark) => boolean;
}

/** Resolves the timeline's colours and font family from its computed style (forces a style pass). */
export function readCanvasStyle(el: Element, lanes: readonly string[]): CanvasStyle {
  const s = getComputedStyle(el);
  const v = (name: string, fallback: string) => s.getPropertyValue(name).trim() || fallback;
  return {
    lanes: Object.fromEntries(lanes.map((l) => [l, v(`--tl-lane-${l}`, '#1f5fa8')])),
    text: v('--tl-c-text', '#1a1a1a'),
    bg: v('--tl-c-bg', '#ffffff'),
    family: s.fontFamily || 'system-ui, sans-serif',
  };
}

function drawCluster(ctx: CanvasRenderingContext2D, m: ClusterMark, y: number, o: DrawOptions) {
  const g = o.geometry;
  const bw = Math.max(m.x1 - m.x0, g.fontPx * 1.2);
  ctx.beginPath();
  ctx.roundRect(m.x0, y + 2, bw, g.rowPx - 6, 6);
  ctx.fill();
  const text = String(m.count);
  // Digit width estimated (~0.6 em at 0.85 em): measureText per badge per frame adds up.
  if (text.length * g.fontPx * 0.51 <= bw - 2) {
    ctx.fillStyle = '#ffffff';
    ctx.fillText(text, m.x0 + bw / 2, y + g.rowPx / 2 - 1);
  }
}

function drawEvent(
  ctx: CanvasRenderingContext2D,
  m: PlacedEvent,
  y: number,
  color: string,
  o: DrawOptions,
) {
  const g = o.geometry;
  const { item } = m;
  // Same clipping and dot rule as TimelineMarkView, so canvas and SVG look alike.
  const b0 = Math.max(-20, Math.min(o.widthPx + 20, m.barX0));
  const b1 = Math.max(-20, Math.min(o.widthPx + 20, m.barX1));
  const isDot = m.label === null || b1 - b0 < g.dotPx || isPointItem(item);
  let fill: string | CanvasGradient = item.planned ? o.style.bg : color;
  if (!item.planned && !isDot && (item.openEnd || item.openStart)) {
    const grad = ctx.createLinearGradient(b0, 0, b1, 0);
    grad.addColorStop(item.openEnd ? 0 : 1, color);
    grad.addColorStop(item.openEnd ? 1 : 0, 'transparent');
    fill = grad;
  }
  ctx.fillStyle = fill;
  ctx.beginPath();
  if (isDot) ctx.arc(b0 + g.dotPx / 2, y + g.rowPx / 2 - 1, g.dotPx / 2 - 1, 0, 2 * Math.PI);
  else ctx.rect(b0, y + 2, b1 - b0, g.barPx);
  ctx.fill();
  if (item.planned) {
    ctx.setLineDash([2, 2]);
    ctx.stroke();
    ctx.setLineDash([]);
  }
  if (m.label === null) return;
  ctx.fillStyle = o.style.text;
  const left = m.labelLeft === true;
  const at = left ? (isDot ? b0 - 2 : m.x1) : Math.max(m.x0, isDot ? b0 + g.dotPx + 2 : m.x0);
  const baseline = isDot ? g.rowPx / 2 - 1 + g.fontPx * 0.35 : g.barPx + 1 + g.fontPx * 0.85;
  ctx.textAlign = left ? 'end' : 'start';
  // The layout measured and shortened the text to fit its box (same rule as TimelineMarkView).
  ctx.fillText(m.label, at, y + baseline);
  ctx.textAlign = 'start';
}

/**
 * Draws marks on a canvas under the SVG: markers and clusters always, labelled events while a
 * gesture runs. Hundreds of SVG nodes cost 20–70 ms of style, layout and paint per frame
 * (npm run bench:app); the canvas costs a few ms.
 */
export function drawMarks(canvas: HTMLCanvasElement, layout: TimelineLayout, o: DrawOptions) {
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  const ratio = window.devicePixelRatio || 1;
  const [w, h] = [Math.round(o.widthPx * ratio), Math.round(o.heightPx * ratio)];
  if (canvas.width !== w || canvas.height !== h) [canvas.width, canvas.height] = [w, h];
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  ctx.clearRect(0, 0, o.widthPx, o.heightPx);
  ctx.lineWidth = 1.5;
  // Two passes, so the font (parsed on every assignment, even unchanged) is set twice a frame.
  for (const kind of ['event', 'cluster'] as const) {
    ctx.font = `${kind === 'cluster' ? '700 ' : ''}${o.geometry.fontPx * (kind === 'cluster' ? 0.85 : 1)}px ${o.style.family}`;
    ctx.textAlign = kind === 'cluster' ? 'center' : 'start';
    ctx.textBaseline = kind === 'cluster' ? 'middle' : 'alphabetic';
    layout.lanes.forEach((lane, i) => {
      const color = o.style.lanes[lane.lane] ?? '#1f5fa8';
      for (const m of lane.marks) {
        if (m.kind !== kind || o.skip(m)) continue;
        const y = rowTopOf(o.geometry, o.laneTops[i] ?? 0, m.row);
        ctx.fillStyle = color;
        ctx.strokeStyle = color;
        if (m.kind === 'cluster') drawCluster(ctx, m, y, o);
        else drawEvent(ctx, m, y, color, o);
      }
    });
  }
}

/** Canvas 2D exists (not jsdom, which only stubs it and logs an error). */
export function canDrawCanvas(): boolean {
  return (
    typeof navigator !== 'undefined' &&
    !/jsdom/i.test(navigator.userAgent) &&
    typeof HTMLCanvasElement !== 'undefined'
  );
}
