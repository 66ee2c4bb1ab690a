import type { EventsFile } from '../model/schema';
import type { RedirectMode } from './consentGate';
import type { DataIssue } from './describeIssues';
import { whenIdleAfterFirstView } from './idleAfterFirstView';
import { startValidation, type WorkerFactory } from './validateEvents';

export { consentGate, type RedirectMode } from './consentGate';
export { dataUrlFrom, DEFAULT_DATA_URL } from './dataUrl';

export type LoadResult =
  | { ok: true; data: EventsFile }
  | { ok: false; kind: 'network'; status: number | null; url: string }
  /** The server answered a web page (a single-page fallback): the file is most likely missing. */
  | { ok: false; kind: 'html'; url: string }
  | { ok: false; kind: 'json'; url: string }
  | { ok: false; kind: 'schema'; url: string; issues: DataIssue[] }
  /** The address is not an http(s) URL (`javascript:`, `data:`, a typo). */
  | { ok: false; kind: 'url'; url: string }
  /** The server forwards elsewhere and the loader was told not to follow (see consentGate). */
  | { ok: false; kind: 'redirect'; url: string }
  /**
   * A file on another site: nothing is fetched until the reader agrees (it would reveal their IP).
   * `host` is null when the page's own server forwards to an address the page cannot see.
   */
  | { ok: false; kind: 'consent'; url: string; host: string | null };

/**
 * Fetch and validate an events file. Never throws: every failure is a value the UI can explain.
 * With `redirect: 'manual'` a redirect is not followed and answers `redirect`.
 * @example const r = await loadEvents('./data/events.json', fetch)
 */
export async function loadEvents(
  url: string,
  fetchFn: typeof fetch,
  redirect: RedirectMode = 'follow',
  createWorker?: WorkerFactory,
): Promise<LoadResult> {
  // The validator (zod, in a worker) is the largest dependency of the first paint: start it beside
  // the data request, and off the page's thread, so checking 10,000 events holds up no rendering.
  const validation = startValidation(createWorker);
  let text: string;
  try {
    // credentials: omit, since the page sets no cookies and must not send any elsewhere.
    const res = await fetchFn(url, { credentials: 'omit', redirect });
    // A browser hides a manual redirect (opaqueredirect, status 0); Node shows the 3xx itself.
    if (res.type === 'opaqueredirect' || (res.status >= 300 && res.status < 400)) {
      validation.cancel();
      return { ok: false, kind: 'redirect', url };
    }
    if (!res.ok) {
      validation.cancel();
      return { ok: false, kind: 'network', status: res.status, url };
    }
    text = await res.text();
  } catch {
    validation.cancel();
    return { ok: false, kind: 'network', status: null, url };
  }
  const parsed = await validation.check(text);
  if (!parsed.ok) return { ...parsed, url };
  // The edtf grammar is not in the first load: awaited only when a date needs it, else fetched
  // when the browser is idle after the first view (a teacher's own dates may need it later).
  // (Imported here: the timeline needs this module anyway, the first chunk does not.)
  const { loadEdtfGrammar, needsEdtfGrammar } = await import('../timeline/edtfToRange');
  if (parsed.data.events.some((e) => needsEdtfGrammar(e.date.edtf))) {
    await loadEdtfGrammar().catch(() => undefined);
  } else {
    whenIdleAfterFirstView(() => void loadEdtfGrammar().catch(() => undefined));
  }
  return { ok: true, data: parsed.data };
}
