import { FACET_NAMES, type FacetName, type Filters } from '../model/queries';
import { DEFAULT_VIEW, isLang, isMode, type Domain, type ViewState } from './viewState';

// Short, stable parameter names: links get pasted into school sites and chats.
const FACET_PARAM: Readonly<Record<FacetName, string>> = {
  themes: 'theme',
  actors: 'actor',
  places: 'place',
  organisations: 'org',
  sources: 'source',
};

/** UTC ms → "2022-03-01" at midnight, else a full ISO instant (so the round trip is exact). */
function msToParam(ms: number): string {
  const iso = new Date(ms).toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
}

function paramToMs(text: string): number | null {
  const full = /^\d{4}-\d{2}-\d{2}$/u.test(text) ? `${text}T00:00:00.000Z` : text;
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/u.test(full)) return null;
  const ms = Date.parse(full);
  return Number.isFinite(ms) ? ms : null;
}

function decodeRange(text: string | null): Domain | null {
  if (text === null) return null;
  const [a, b, ...rest] = text.split('..');
  if (a === undefined || b === undefined || rest.length > 0) return null;
  const start = paramToMs(a);
  const end = paramToMs(b);
  return start !== null && end !== null && start < end ? [start, end] : null;
}

/**
 * The view as a URL query (without "?"). Defaults are left out, except the language,
 * which a shared link should always keep.
 * @example encodeState({ ...DEFAULT_VIEW, selectedId: 'x' }) // 'event=x&lang=kk'
 */
export function encodeState(view: ViewState): string {
  const p = new URLSearchParams();
  if (view.domain !== null) {
    p.set('range', `${msToParam(view.domain[0])}..${msToParam(view.domain[1])}`);
  }
  if (view.selectedId !== null) p.set('event', view.selectedId);
  for (const facet of FACET_NAMES) {
    for (const key of view.filters[facet]) p.append(FACET_PARAM[facet], key);
  }
  if (view.query !== '') p.set('q', view.query);
  p.set('lang', view.lang);
  if (view.mode !== DEFAULT_VIEW.mode) p.set('mode', view.mode);
  return p.toString();
}

/**
 * The view a URL query asks for: only the fields it names validly, so the caller decides
 * the rest (e.g. language from navigator.languages). Unknown or malformed values are ignored.
 */
export function decodeState(search: string): Partial<ViewState> {
  const p = new URLSearchParams(search);
  const out: Partial<ViewState> = {};
  const domain = decodeRange(p.get('range'));
  if (domain !== null) out.domain = domain;
  const event = p.get('event');
  if (event !== null && event !== '') out.selectedId = event;
  const filters: Record<FacetName, string[]> = { ...emptyFilters() };
  let anyFilter = false;
  for (const facet of FACET_NAMES) {
    const keys = [...new Set(p.getAll(FACET_PARAM[facet]).filter((k) => k !== ''))];
    filters[facet] = keys;
    anyFilter ||= keys.length > 0;
  }
  if (anyFilter) out.filters = filters;
  const q = p.get('q');
  if (q !== null && q !== '') out.query = q;
  const lang = p.get('lang');
  if (isLang(lang)) out.lang = lang;
  const mode = p.get('mode');
  if (isMode(mode)) out.mode = mode;
  return out;
}

function emptyFilters(): Record<FacetName, string[]> {
  return { themes: [], actors: [], places: [], organisations: [], sources: [] };
}

/** Other parameters of the page (e.g. ?data=, ?embed=) survive our rewrites of the query. */
export function mergeSearch(currentSearch: string, view: ViewState): string {
  const keep = new URLSearchParams(currentSearch);
  for (const name of ['range', 'event', 'q', 'lang', 'mode', ...Object.values(FACET_PARAM)]) {
    keep.delete(name);
  }
  const ours = encodeState(view);
  const rest = keep.toString();
  return [rest, ours].filter((s) => s !== '').join('&');
}

export type { Filters };
