import type { EventsFile } from '../model/schema';
import { describeIssues, type DataIssue } from './describeIssues';

export type LoadResult =
  | { ok: true; data: EventsFile }
  | { ok: false; kind: 'network'; status: number | null; url: string }
  | { ok: false; kind: 'json'; url: string }
  | { ok: false; kind: 'schema'; url: string; issues: DataIssue[] }
  /** A file on another site: nothing is fetched until the reader agrees (it would reveal their IP). */
  | { ok: false; kind: 'consent'; url: string; host: string };

/** The default data file, relative to the page so the app works from any sub-path. */
export const DEFAULT_DATA_URL = './data/events.json';

/** ?data=<url> picks another events file (same origin, or a server that allows CORS). */
export function dataUrlFrom(search: string): string {
  const asked = new URLSearchParams(search).get('data');
  return asked !== null && asked.trim() !== '' ? asked : DEFAULT_DATA_URL;
}

/**
 * Fetch and validate an events file. Never throws: every failure is a value the UI can explain.
 * @example const r = await loadEvents('./data/events.json', fetch)
 */
export async function loadEvents(url: string, fetchFn: typeof fetch): Promise<LoadResult> {
  // The validator (zod) is the largest dependency of the first paint: fetch it beside the data.
  const schema = import('../model/schema');
  let text: string;
  try {
    // credentials: omit, since the page sets no cookies and must not send any elsewhere.
    const res = await fetchFn(url, { credentials: 'omit' });
    if (!res.ok) return { ok: false, kind: 'network', status: res.status, url };
    text = await res.text();
  } catch {
    return { ok: false, kind: 'network', status: null, url };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, kind: 'json', url };
  }
  const parsed = (await schema).EventsFile.safeParse(raw);
  if (!parsed.success) {
    return { ok: false, kind: 'schema', url, issues: describeIssues(raw, parsed.error.issues) };
  }
  return { ok: true, data: parsed.data };
}

/**
 * Wraps a loader so that a data file on another origin is only fetched once the reader has agreed:
 * the first call answers `consent`, and `agree()` lets the next call fetch.
 * @example const gate = consentGate(url, location.href, () => loadEvents(url, fetch))
 */
export function consentGate(url: string, pageUrl: string, load: () => Promise<LoadResult>) {
  const target = new URL(url, pageUrl);
  let agreed = target.origin === new URL(pageUrl).origin;
  return {
    load: (): Promise<LoadResult> =>
      agreed
        ? load()
        : Promise.resolve({ ok: false, kind: 'consent', url: target.href, host: target.host }),
    agree: () => {
      agreed = true;
    },
  };
}
