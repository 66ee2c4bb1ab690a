import { edtfRange } from '../model/queries/edtfRange';

type EdtfGrammar = (text: string) => { min: number | null; max: number | null };
let grammar: EdtfGrammar | null = null;
let loading: Promise<void> | null = null;

/**
 * Loads the edtf package (a grammar of ~10 KB gzip). The first load leaves it out: the dates the
 * extractor writes never need it, so loadEvents awaits it only for data that does (and otherwise
 * fetches it when the browser is idle).
 */
export function loadEdtfGrammar(): Promise<void> {
  loading ??= import('edtf').then((m) => {
    grammar = m.default as unknown as EdtfGrammar;
  });
  return loading;
}

/** A date as a drawable span of UTC milliseconds. */
export interface TimeRange {
  /** UTC ms, inclusive. */
  start: number;
  /** UTC ms, exclusive; for open ends a finite draw-end (see OPEN_END_MONTHS). */
  end: number;
  /** The interval has no known end (`2022-06-05/..`): draw it fading out. */
  openEnd?: boolean;
  /** The interval has no known start (`../2022-03`): draw it fading in. */
  openStart?: boolean;
}

/** How far an open end is drawn: long enough to read as "ongoing", short enough not to dominate. */
export const OPEN_END_MONTHS = 6;

function addUtcMonths(ms: number, months: number): number {
  const d = new Date(ms);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, d.getUTCDate());
}

/**
 * Most dates are what the extractor writes (day, month, season, year, intervals with open ends):
 * those are read by the model's edtfRange, the same reading that orders the list and fits the
 * view, and the edtf grammar (~0.4 ms a parse, 4 s for 10,000 events) is left for the rest.
 */
function knownRange(text: string): TimeRange | null {
  // Date-times keep their time of day: the edtf package reads those.
  const known = text.includes('T') ? null : edtfRange(text);
  if (known === null) return null;
  const [a, b] = text.split('/');
  if (b === '..' || b === '') {
    return { start: known[0], end: addUtcMonths(known[0], OPEN_END_MONTHS), openEnd: true };
  }
  if (a === '..' || a === '') {
    return { start: addUtcMonths(known[1], -OPEN_END_MONTHS), end: known[1], openStart: true };
  }
  return { start: known[0], end: known[1] };
}

// A date-time without an offset would be read in the machine's zone; the data is UTC.
function withUtcZone(text: string): string {
  return /T\d\d:\d\d(:\d\d(\.\d+)?)?$/.test(text) ? `${text}Z` : text;
}

/** Whether edtfToRange needs the edtf grammar for `text` (qualified, unspecified, date-times). */
export function needsEdtfGrammar(text: string): boolean {
  return knownRange(text.trim()) === null;
}

/**
 * Turns an EDTF date into the UTC span it covers, or null if it cannot be read (or if it needs
 * the edtf grammar and loadEdtfGrammar has not finished).
 * Day → that day, month → the whole month, season → its three months, year → the whole year,
 * `a/b` → from the start of a to the end of b, `a/..` → open-ended (finite draw-end, openEnd).
 * @example edtfToRange('2022-10') // { start: Date.UTC(2022, 9, 1), end: Date.UTC(2022, 10, 1) }
 */
export function edtfToRange(text: string): TimeRange | null {
  const known = knownRange(text.trim());
  if (known !== null) return known;
  if (grammar === null) {
    void loadEdtfGrammar();
    return null;
  }
  let parsed;
  try {
    parsed = grammar(withUtcZone(text.trim()));
  } catch {
    return null;
  }
  const { min, max } = parsed;
  const hasStart = min !== null && Number.isFinite(min);
  const hasEnd = max !== null && Number.isFinite(max);
  if (!hasStart && !hasEnd) return null;
  // edtf's max is the last millisecond; our end is exclusive.
  if (hasStart && hasEnd) return { start: min, end: max + 1 };
  if (hasStart) return { start: min, end: addUtcMonths(min, OPEN_END_MONTHS), openEnd: true };
  const end = (max as number) + 1;
  return { start: addUtcMonths(end, -OPEN_END_MONTHS), end, openStart: true };
}
