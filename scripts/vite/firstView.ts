/**
 * The seeds' first view as static HTML, written into the built index.html so that a reader sees
 * history before any script runs (or with scripts off): a small SVG timeline (a lane per theme, a
 * dot per event, a tick per year), the events in order and what is not yet placed
 * (firstViewUnplaced.ts), in Kazakh. The app replaces it in one commit once its data and the
 * timeline's code are in (src/startApp.tsx).
 */
import { format } from 'date-fns';
import { kk } from 'date-fns/locale';
import kkText from '../../src/i18n/locales/kk.json';
import { firstViewSvg } from '../../src/firstPaint/firstViewSvg';
import { sortEvents } from '../../src/model/queries';
import type { EventsFile } from '../../src/model/schema';
import { escapeHtml } from '../../src/firstPaint/escapeHtml';
import { firstViewUnplacedHtml } from './firstViewUnplaced';

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

/**
 * The static first view of `data` (markup for inside #root).
 * @example firstViewHtml(JSON.parse(readFileSync('data/events.json', 'utf8')))
 */
export function firstViewHtml(data: EventsFile): string {
  const events = sortEvents(data.events);
  const svg = firstViewSvg(
    events.map((e) => ({
      edtf: e.date.edtf,
      theme: e.themes[0],
      label: `${kkDate(e.date.edtf)}: ${e.title.kk}`,
    })),
    { lane: kkText.lane, ariaLabel: `${kkText.timeline.label}: ${events.length} оқиға` },
  );
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
    `<div class="layout"><div></div><main id="main" class="main">${svg}` +
    `<h2>${escapeHtml(kkText.list.title)}</h2><ol>${items}</ol>${firstViewUnplacedHtml(data)}` +
    `</main></div></div>`
  );
}
