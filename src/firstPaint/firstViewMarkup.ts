/**
 * The first view of a `?data=` events file, drawn by the first-load script before React and the
 * app's libraries arrive: the app's header and the SVG timeline (firstViewSvg.ts), in the reader's
 * language. The app replaces it in one commit, as it replaces the seeds' view built into
 * index.html. Pure: the file's parsed JSON in, markup for inside #root out.
 */
import { COMPACT_FORMAT } from '../model/compact/format';
import type { Messages } from '../i18n/loadMessages';
import { toKazakhLatin } from '../model/translit';
import type { Lang } from '../state/viewState';
import { escapeHtml } from './escapeHtml';
import { firstViewSvg, type SvgEvent } from './firstViewSvg';

/** The UI strings the first view shows (firstViewText.ts, or loadMessages, gives them). */
export interface FirstViewText {
  app: Pick<Messages['app'], 'title' | 'tagline'>;
  lane: Messages['lane'];
  timeline: Pick<Messages['timeline'], 'label'>;
}

const str = (x: unknown): string | undefined => (typeof x === 'string' ? x : undefined);
/** The columns a compact file keeps the picture's fields in (model/compact/format.ts). */
function columnsOf(raw: unknown): Record<string, unknown[]> | null {
  if (typeof raw !== 'object' || raw === null || !('format' in raw) || !('events' in raw))
    return null;
  const { format, events } = raw as { format: unknown; events: unknown };
  if (format !== COMPACT_FORMAT || typeof events !== 'object' || events === null) return null;
  const c = events as Record<string, unknown>;
  return Array.isArray(c.edtf) ? (c as Record<string, unknown[]>) : null;
}

/**
 * Reads only what the picture needs, and tolerates anything else: the file is not validated yet
 * (the app does that next, and explains a broken file), so a malformed event is simply not drawn.
 * A compact file is read from its columns as they are, with no event objects built: at 10,000
 * events that is most of the first view's time.
 */
function eventsOf(raw: unknown, lang: Lang): SvgEvent[] {
  const titleKey = lang === 'ru' ? 'titleRu' : lang === 'en' ? 'titleEn' : 'titleKk';
  const textOf = (title: unknown) => {
    const text = str(title) ?? '';
    return lang === 'kk-latn' ? toKazakhLatin(text) : text;
  };
  const c = columnsOf(raw);
  if (c !== null) {
    const out: SvgEvent[] = [];
    c.edtf!.forEach((edtf, i) => {
      const themes = c.themes?.[i];
      if (typeof edtf === 'string')
        out.push({
          edtf,
          theme: Array.isArray(themes) ? str(themes[0]) : undefined,
          label: textOf(c[titleKey]?.[i]),
        });
    });
    return out;
  }
  const file = raw as { events?: unknown } | null;
  if (typeof file !== 'object' || file === null || !Array.isArray(file.events)) return [];
  const out: SvgEvent[] = [];
  for (const e of file.events as {
    date?: { edtf?: unknown };
    themes?: unknown;
    title?: Record<string, unknown>;
  }[]) {
    const edtf = str(e?.date?.edtf);
    const theme = Array.isArray(e?.themes) ? str(e.themes[0]) : undefined;
    const title = e?.title ?? {};
    if (edtf !== undefined)
      out.push({ edtf, theme, label: textOf(lang === 'kk-latn' ? title.kk : title[lang]) });
  }
  return out;
}

/**
 * Markup for inside #root, or null when the file holds nothing to draw (the app then says why).
 * @example firstViewMarkup(JSON.parse(text), 'ru', await loadMessages('ru'))
 */
export function firstViewMarkup(raw: unknown, lang: Lang, t: FirstViewText): string | null {
  const events = eventsOf(raw, lang);
  const svg = firstViewSvg(events, {
    lane: t.lane,
    ariaLabel: `${t.timeline.label}: ${events.length}`,
  });
  if (svg === '') return null;
  const htmlLang = lang === 'kk-latn' ? 'kk-Latn' : lang;
  return (
    // The app's header and layout classes, as in the seeds' view (scripts/vite/firstView.ts).
    `<div class="first-view" data-first-view="data" lang="${htmlLang}">` +
    `<header class="app-header"><div class="brand"><h1>${escapeHtml(t.app.title)}</h1>` +
    `<p class="tagline">${escapeHtml(t.app.tagline)}</p></div></header>` +
    `<div class="layout"><div></div><main id="main" class="main">${svg}</main></div></div>`
  );
}
