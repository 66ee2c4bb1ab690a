/**
 * Calendar parts of an EDTF date as the extractor writes it (2022-03-01, 2022-10, 2022-21,
 * 2022-06-05/.., 2022-10-06/2022-11-19, 2026-02-13T19:00:00). Exports need parts, not
 * milliseconds: TimelineJS wants {year, month?, day?} and must omit what the text did not say.
 */

export interface DateParts {
  year: number;
  /** 1-12; absent for year precision. Seasons (21-24) map to their first month. */
  month?: number;
  /** 1-31; absent for month, season and year precision. */
  day?: number;
}

export interface EdtfParts {
  start: DateParts;
  /** Only for closed intervals; an open end (`..`) has none. */
  end?: DateParts;
}

// EDTF level-1 seasons: 21 spring, 22 summer, 23 autumn, 24 winter (northern hemisphere).
const SEASON_START_MONTH: Record<number, number> = { 21: 3, 22: 6, 23: 9, 24: 12 };
const PART = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/u;

function toDateParts(text: string): DateParts | undefined {
  // Qualifiers (? ~ %) say how sure the date is, not which date it is.
  const m = PART.exec(text.replace(/[?~%]/gu, ''));
  if (!m) return undefined;
  const year = Number(m[1]);
  const mm = m[2] ? Number(m[2]) : undefined;
  if (mm === undefined) return { year };
  if (mm > 12) {
    const month = SEASON_START_MONTH[mm];
    return month ? { year, month } : { year };
  }
  return m[3] ? { year, month: mm, day: Number(m[3]) } : { year, month: mm };
}

/**
 * @example edtfToParts('2022-10-06/2022-11-19') // { start: {year: 2022, month: 10, day: 6}, end: {...} }
 * @throws when neither end of the date has a four-digit year
 */
export function edtfToParts(edtf: string): EdtfParts {
  const [a = '', b] = edtf.split('/');
  const start = toDateParts(a) ?? (b ? toDateParts(b) : undefined);
  if (!start) throw new Error(`Unreadable EDTF date: ${edtf}`);
  const end = b && a !== '..' && a !== '' ? toDateParts(b) : undefined;
  return end ? { start, end } : { start };
}

/**
 * Start of the date in UTC ms, for sorting only (1 January for a bare year).
 * @example edtfStartMs('2022-03') === Date.UTC(2022, 2, 1)
 */
export function edtfStartMs(edtf: string): number {
  const { start } = edtfToParts(edtf);
  return Date.UTC(start.year, (start.month ?? 1) - 1, start.day ?? 1);
}
