import { bundleToEventsFile } from '../model/bundleToEventsFile';
import { fromCompactFile } from '../model/compact/fromCompactFile';
import { EventsFile } from '../model/schema';
import { describeIssues, type DataIssue } from './describeIssues';

/** What the text of an events file turned out to be: a valid file, or why not. */
export type ParsedEvents =
  | { ok: true; data: EventsFile }
  /** A web page (a server's "not found" or single-page fallback), often with status 200. */
  | { ok: false; kind: 'html' }
  | { ok: false; kind: 'json' }
  | { ok: false; kind: 'schema'; issues: DataIssue[] };

/**
 * Parse and validate the text of an events file with the zod schema (the one source of the
 * rules). Pure, so it runs in the validation worker (src/workers/validate.worker.ts) or, where
 * there is no worker, in the page.
 * @example parseEventsText('{"schemaVersion":…}') // { ok: true, data }
 */
export function parseEventsText(text: string): ParsedEvents {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, kind: /^\s*</u.test(text) ? 'html' : 'json' };
  }
  // A teacher's exported collection opens as data too (src/curation/bundle.ts), and so does the
  // compact events file; both become a plain events file that the schema then checks.
  raw = fromCompactFile(bundleToEventsFile(raw));
  const parsed = EventsFile.safeParse(raw);
  if (!parsed.success) {
    return { ok: false, kind: 'schema', issues: describeIssues(raw, parsed.error.issues) };
  }
  return { ok: true, data: parsed.data };
}
