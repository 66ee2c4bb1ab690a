/**
 * Publication datelines in page headers: "01 наурыз 2022", "13.02.2026ж. 19:00", "16.02.2026, 21:31",
 * "6 октября 2022, 09:37", "2022-03-01". A dateline is a whole header line, which makes it a much
 * narrower format than running text, so it gets its own strict parser rather than the tagger.
 */
import { isRealDay } from '../dates/utcCalendar';

const MONTHS: Record<string, number> = {
  қаңтар: 1, ақпан: 2, наурыз: 3, сәуір: 4, мамыр: 5, маусым: 6,
  шілде: 7, тамыз: 8, қыркүйек: 9, қазан: 10, қараша: 11, желтоқсан: 12,
  январ: 1, феврал: 2, март: 3, апрел: 4, ма: 5, июн: 6, июл: 7, август: 8,
  сентябр: 9, октябр: 10, ноябр: 11, декабр: 12,
}; // prettier-ignore

const TIME = String.raw`(?:[,\s]+(?:сағат\s+)?(\d{1,2}):(\d{2}))?`;
const NUMERIC = new RegExp(
  String.raw`^(\d{1,2})[./](\d{1,2})[./](\d{4})\s*(?:ж\.?|г\.?|жыл)?` + TIME + String.raw`\s*$`,
  'u',
);
const WORDS = new RegExp(
  String.raw`^(\d{1,2})\s+(\p{L}+)\s+(\d{4})\s*(?:ж\.?|г\.?|жыл\p{L}*|года?)?` +
    TIME +
    String.raw`\s*$`,
  'iu',
);
const YEAR_FIRST = new RegExp(
  String.raw`^(\d{4})\s*(?:ж\.?|жылғы|жылы)?\s+(\d{1,2})[-\s]?(?:ші|шы|інші|ыншы)?\s*(\p{L}+)` +
    TIME +
    String.raw`\s*$`,
  'iu',
);
const ISO = new RegExp(String.raw`^(\d{4})-(\d{2})-(\d{2})(?:[T\s](\d{2}):(\d{2}))?\s*$`, 'u');

/** The EDTF date (or date-time) a dateline states, or null when the line is not a dateline. */
export function parseDateline(line: string): string | null {
  const text = line.trim();
  let m = NUMERIC.exec(text);
  if (m) return build(+m[3]!, +m[2]!, +m[1]!, m[4], m[5]);
  m = WORDS.exec(text);
  if (m) {
    const month = monthOf(m[2]!.toLowerCase());
    return month ? build(+m[3]!, month, +m[1]!, m[4], m[5]) : null;
  }
  m = YEAR_FIRST.exec(text);
  if (m) {
    const month = monthOf(m[3]!.toLowerCase());
    return month ? build(+m[1]!, month, +m[2]!, m[4], m[5]) : null;
  }
  m = ISO.exec(text);
  if (m) return build(+m[1]!, +m[2]!, +m[3]!, m[4], m[5]);
  return null;
}

function monthOf(word: string): number | null {
  for (const [stem, n] of Object.entries(MONTHS)) {
    // "ма" (май/мая) is too short to be a prefix test; match it exactly.
    if (stem === 'ма' ? /^ма[йяю]$/u.test(word) : word.startsWith(stem)) return n;
  }
  return null;
}

function build(y: number, mo: number, d: number, hh?: string, mm?: string): string | null {
  if (!isRealDay({ year: y, month: mo, day: d })) return null;
  const date = `${y}-${pad(mo)}-${pad(d)}`;
  if (hh === undefined || mm === undefined) return date;
  if (+hh > 23 || +mm > 59) return null;
  return `${date}T${pad(+hh)}:${mm}:00`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
