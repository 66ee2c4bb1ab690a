/**
 * The first view's timeline as an SVG string: a lane per theme, a dot per day an event starts
 * on, a tick per year. Written at build into index.html for the seeds (scripts/vite/firstView.ts)
 * and by the first-load script for a `?data=` file (paintFirstView.ts), before React is loaded, so
 * both draw the same picture. Pure and free of the app's libraries: it is part of the first load.
 */
import { edtfRange } from '../model/queries/edtfRange';
import { THEME_ORDER } from '../model/queries/themeOrder';
import type { Theme } from '../model/schema';
import { escapeHtml } from './escapeHtml';

const WIDTH = 1200;
const LANE_PX = 36;
const AXIS_PX = 28;
const PAD_PX = 24;
/**
 * Names listed in one dot's tooltip before "+ n": one, since at 10,000 events the tooltips are
 * most of the markup, and the list below the picture (or the app, moments later) names them all.
 */
const TITLES_PER_DOT = 1;

export interface SvgEvent {
  edtf: string;
  /** The event's first theme: its lane. */
  theme: string | undefined;
  /** What the dot's tooltip says. */
  label: string;
}

export interface SvgText {
  lane: Readonly<Record<Theme, string>>;
  /** The picture's accessible name. */
  ariaLabel: string;
}

/**
 * Events whose dots would fall on one pixel of one lane share a dot (10,000 events draw at most a
 * few thousand), its tooltip naming the first and counting the rest. Empty when no event has a date it can place.
 * @example firstViewSvg([{ edtf: '2022-06-05', theme: 'elections', label: 'Референдум' }], text)
 */
export function firstViewSvg(events: readonly SvgEvent[], text: SvgText): string {
  const spans = events.map((e) => edtfRange(e.edtf));
  const known = spans.filter((s): s is [number, number] => s !== null);
  if (known.length === 0) return '';
  let [lo, hi] = [Infinity, -Infinity];
  for (const [s, e] of known) [lo, hi] = [Math.min(lo, s), Math.max(hi, e)];
  const pad = (hi - lo) * 0.05 || 86_400_000 * 30;
  const x = (ms: number) => PAD_PX + ((ms - lo + pad) / (hi - lo + 2 * pad)) * (WIDTH - 2 * PAD_PX);
  const lanes = THEME_ORDER.filter((t) => events.some((e) => e.theme === t));
  const height = AXIS_PX + lanes.length * LANE_PX;
  const parts: string[] = [];
  const [y0, y1] = [new Date(lo - pad).getUTCFullYear(), new Date(hi + pad).getUTCFullYear()];
  const step = Math.max(1, Math.ceil((y1 - y0 + 1) / 12));
  for (let y = y0 + 1; y <= y1; y += step) {
    const px = x(Date.UTC(y, 0, 1)).toFixed(1);
    parts.push(
      `<line x1="${px}" x2="${px}" y1="${AXIS_PX - 6}" y2="${height}" stroke="currentColor" stroke-opacity="0.15"/>`,
      `<text x="${px}" y="${AXIS_PX - 10}" text-anchor="middle" font-size="13" fill="currentColor">${y}</text>`,
    );
  }
  lanes.forEach((theme, i) => {
    const top = AXIS_PX + i * LANE_PX;
    parts.push(
      `<line x1="0" x2="${WIDTH}" y1="${top}" y2="${top}" stroke="currentColor" stroke-opacity="0.3"/>`,
      `<text x="4" y="${top + 14}" font-size="12" fill="currentColor">${escapeHtml(text.lane[theme])}</text>`,
    );
  });
  const dots = new Map<string, { cx: string; cy: number; labels: string[]; n: number }>();
  events.forEach((e, i) => {
    const span = spans[i];
    const lane = lanes.indexOf(e.theme as (typeof lanes)[number]);
    if (!span || lane < 0) return;
    const cx = x(span[0]).toFixed(1);
    const key = `${lane}:${Math.round(Number(cx))}`;
    const dot = dots.get(key) ?? {
      cx,
      cy: AXIS_PX + lane * LANE_PX + LANE_PX * 0.65,
      labels: [],
      n: 0,
    };
    dots.set(key, dot);
    dot.n += 1;
    if (dot.labels.length < TITLES_PER_DOT) dot.labels.push(e.label);
  });
  for (const { cx, cy, labels, n } of dots.values()) {
    const more = n > labels.length ? `\n+ ${n - labels.length}` : '';
    parts.push(
      `<circle cx="${cx}" cy="${cy}" r="6" fill="currentColor"><title>${escapeHtml(labels.join('\n') + more)}</title></circle>`,
    );
  }
  return (
    `<svg class="first-view-svg" role="img" aria-label="${escapeHtml(text.ariaLabel)}" viewBox="0 0 ${WIDTH} ${height}" ` +
    `width="100%" preserveAspectRatio="xMinYMin meet">${parts.join('')}</svg>`
  );
}
