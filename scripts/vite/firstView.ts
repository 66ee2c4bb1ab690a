/**
 * The seeds' first view as static HTML, written into the built index.html so that a reader sees
 * history before any script runs (or with scripts off): a small SVG timeline (a lane per theme, a
 * dot per event, a tick per year), the events in order and what is not yet placed
 * (firstViewUnplaced.ts), in Kazakh. The app replaces it in one commit once its data and the
 * timeline's code are in (src/main.tsx).
 */
import { format } from 'date-fns';
import { kk } from 'date-fns/locale';
import kkText from '../../src/i18n/locales/kk.json';
import { edtfRange, sortEvents, THEME_ORDER } from '../../src/model/queries';
import type { Event, EventsFile } from '../../src/model/schema';
import { escapeHtml } from './escapeHtml';
import { firstViewUnplacedHtml } from './firstViewUnplaced';

const WIDTH = 1200;
const LANE_PX = 36;
const AXIS_PX = 28;
const PAD_PX = 24;

/** A point of an EDTF date in Kazakh ("2022 ж. 1 наурыз"), as the app writes it. */
function kkPoint(edtf: string): string {
  const m = /^(-?\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/u.exec(edtf.replace(/[?~%]/gu, ''));
  if (m === null) return edtf;
  const [year, month, day] = [Number(m[1]), Number(m[2] ?? 0), Number(m[3] ?? 0)];
  if (month >= 21 && month <= 24)
    return kkText.season[String(month) as '21'].replace('{{year}}', String(year));
  if (month === 0) return String(year);
  const date = new Date(2000, 0, 1);
  date.setFullYear(year, month - 1, day || 1);
  return format(date, day ? "y 'ж.' d MMMM" : "y 'ж.' LLLL", { locale: kk });
}

function kkDate(edtf: string): string {
  const [from, to] = edtf.split('/');
  if (to === undefined) return kkPoint(edtf);
  if (to === '..' || to === '') return kkText.date.from.replace('{{from}}', kkPoint(from ?? ''));
  return kkText.date.range.replace('{{from}}', kkPoint(from ?? '')).replace('{{to}}', kkPoint(to));
}

function timelineSvg(events: Event[]): string {
  const spans = events.map((e) => edtfRange(e.date.edtf));
  const known = spans.filter((s): s is [number, number] => s !== null);
  if (known.length === 0) return '';
  const lo = Math.min(...known.map((s) => s[0]));
  const hi = Math.max(...known.map((s) => s[1]));
  const pad = (hi - lo) * 0.05 || 86_400_000 * 30;
  const x = (ms: number) => PAD_PX + ((ms - lo + pad) / (hi - lo + 2 * pad)) * (WIDTH - 2 * PAD_PX);
  const lanes = THEME_ORDER.filter((t) => events.some((e) => e.themes[0] === t));
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
      `<text x="4" y="${top + 14}" font-size="12" fill="currentColor">${escapeHtml(kkText.lane[theme])}</text>`,
    );
  });
  events.forEach((e, i) => {
    const span = spans[i];
    const lane = lanes.indexOf(e.themes[0] as (typeof lanes)[number]);
    if (!span || lane < 0) return;
    const cy = AXIS_PX + lane * LANE_PX + LANE_PX * 0.65;
    parts.push(
      `<circle cx="${x(span[0]).toFixed(1)}" cy="${cy}" r="6" fill="currentColor"><title>${escapeHtml(
        `${kkDate(e.date.edtf)}: ${e.title.kk}`,
      )}</title></circle>`,
    );
  });
  const label = `${kkText.timeline.label}: ${events.length} оқиға`;
  return (
    `<svg class="first-view-svg" role="img" aria-label="${escapeHtml(label)}" viewBox="0 0 ${WIDTH} ${height}" ` +
    `width="100%" preserveAspectRatio="xMinYMin meet">${parts.join('')}</svg>`
  );
}

/**
 * The static first view of `data` (markup for inside #root).
 * @example firstViewHtml(JSON.parse(readFileSync('data/events.json', 'utf8')))
 */
export function firstViewHtml(data: EventsFile): string {
  const events = sortEvents(data.events);
  const items = events
    .map(
      (e) =>
        `<li><time datetime="${escapeHtml(e.date.edtf)}">${escapeHtml(kkDate(e.date.edtf))}</time> — ` +
        `${escapeHtml(e.title.kk)}</li>`,
    )
    .join('');
  return (
    // The app's own header and layout classes (its CSS loads before any script), so the app's
    // header and main area take over where these stand.
    `<div class="first-view" data-first-view="">` +
    `<header class="app-header"><div class="brand"><h1 lang="kk">${escapeHtml(kkText.app.title)}</h1>` +
    `<p class="tagline">${escapeHtml(kkText.app.tagline)}</p></div></header>` +
    `<div class="layout"><div></div><main id="main" class="main">${timelineSvg(events)}` +
    `<h2>${escapeHtml(kkText.list.title)}</h2><ol>${items}</ol>${firstViewUnplacedHtml(data)}` +
    `</main></div></div>`
  );
}
