/**
 * Publication datelines in page headers: "01 наурыз 2022", "13.02.2026ж. 19:00", "16.02.2026, 21:31",
 * "6 октября 2022, 09:37", "2022-03-01", "21 сәу, 2022", "Октябрь 7, 2022", "26.04.22",
 * "Новости Казахстана26 ноября 2022", "Контекст дня — 14 сентября 2022 17:10", " date 2026-02-11",
 * "Понедельник, 8 сентября 2025", "Кеше 2026, 23:37", "Түркістан, 15 наурыз 2024",
 * "15 октября 2024, 12:47 | Политика", "15 марта 2026, 07:50 · Обновлено 20:40". A dateline is a whole header line, which
 * makes it a much narrower format than running text, so it gets its own strict parser rather
 * than the tagger: after a rubric, a crawler key or a weekday is taken off the front, what is
 * left must be one date (and a clock time) and nothing else.
 */
import { isRealDay } from '../dates/utcCalendar';

// Full stems and the abbreviations of datelines (3–4 letters); matched at the word's start.
const MONTHS: ReadonlyArray<[RegExp, number]> = [
  [/^(?:қаңтар|қаң|январ|янв)/u, 1], [/^(?:ақпан|ақп|феврал|фев)/u, 2],
  [/^(?:наурыз|нау|март|мар)/u, 3], [/^(?:сәуір|сәу|апрел|апр)/u, 4],
  [/^(?:мамыр|мам|ма[йяю]$)/u, 5], [/^(?:маусым|мау|июн)/u, 6], [/^(?:шілде|шіл|июл)/u, 7],
  [/^(?:тамыз|там|август|авг)/u, 8], [/^(?:қыркүйек|қыр|сентябр|сен)/u, 9],
  [/^(?:қазан|қаз|октябр|окт)/u, 10], [/^(?:қараша|қар|ноябр|ноя)/u, 11],
  [/^(?:желтоқсан|жел|декабр|дек)/u, 12],
]; // prettier-ignore

const TIME = String.raw`(?:[,\s|•·]+(?:сағат\s+|в\s+)?(\d{1,2})[:.](\d{2}))?`;
const YEAR_WORD = String.raw`(?:\s*(?:ж\.?|г\.?|жыл\p{L}*|год\p{L}*))?`;
const END = String.raw`\s*$`;
const NUMERIC = new RegExp(
  String.raw`^(\d{1,2})[./](\d{1,2})[./](\d{4}|\d{2})${YEAR_WORD}${TIME}${END}`,
  'u',
);
const WORDS = new RegExp(
  String.raw`^(\d{1,2})\s+(\p{L}+)\.?,?\s+(\d{4})${YEAR_WORD}${TIME}${END}`,
  'u',
);
const MONTH_FIRST = new RegExp(String.raw`^(\p{L}+)\s+(\d{1,2}),\s*(\d{4})${TIME}${END}`, 'u');
const YEAR_FIRST = new RegExp(
  // (An ordinal ending is a whole word's end: "14-ші шілде", while "14 шілде" begins with "ші".)
  String.raw`^(\d{4})\s*(?:ж\.?|жылғы|жылы)?\s+(\d{1,2})(?:-?(?:інші|ыншы|ші|шы)(?![\p{L}]))?[-\s]*(\p{L}+)${TIME}${END}`,
  'u',
);
const ISO = new RegExp(
  String.raw`^(\d{4})-(\d{2})-(\d{2})(?:[Tt\s](\d{2}):(\d{2})(?::\d{2})?)?${END}`,
  'u',
);
/** "Кеше 2026, 23:37" (yesterday, with the year): only the year is known. */
const RELATIVE_YEAR = new RegExp(
  String.raw`^(?:кеше|бүгін|вчера|сегодня)\s+(\d{4})${TIME}${END}`,
  'u',
);

/** After the date: an agency's credit and a dash ("5 наурыз 2024 жыл. ҚазАқпарат –"), a full stop. */
const AGENCY_CREDIT = /(?:[.,]\s*[\p{L}]{2,20}(?:\s[\p{L}]{2,20})?\s*[–—-]|\.)\s*$/u;

/** Things before the date that are not part of it. */
const CRAWLER_KEY = /^(?:date|published|дата|опубликовано|жарияланды|жарияланған уақыты)\s*:?\s+/u;
const WEEKDAYS =
  'понедельник|вторник|сред[ау]|четверг|пятниц[ау]|суббот[ау]|воскресенье|дүйсенбі|сейсенбі|сәрсенбі|бейсенбі|жұма|сенбі|жексенбі';
const WEEKDAY = new RegExp(`^(?:в\\s+|во\\s+)?(?:${WEEKDAYS})\\s*,\\s*`, 'u');
/** The weekday after a rubric's bar: "Аптаның басты оқиғалары | Жексенбі, 9 ақпан 2025". */
const WEEKDAY_AFTER_BAR = new RegExp(`(\\s[—–\\-•·|]\\s+)(?:${WEEKDAYS})\\s*,\\s*(?=\\d)`, 'u');
/** A rubric before the day: with a dash or bullet ("Контекст дня — "), glued to the day
 * ("Казахстана26 …"), or a Latin-script site name ("AstanaTV 13.02.2026ж."); a Cyrillic word
 * before a date with a space is a title ("Референдум 5 маусым 2022"), not a dateline. */
/** "2024 жылғы 17 сәуір, сәрсенбі", "17 апреля 2024, среда": the weekday after the date. */
const WEEKDAY_AFTER_DATE = new RegExp(`(?<=[\\d\\p{L}.])\\s*[,·•|]\\s*(?:${WEEKDAYS})\\s*$`, 'u');

const RUBRICS = [
  /^[^\d\n]{1,60}?\s[—–\-•·|]\s+(?=\d)/u,
  // A site's name, a bullet or bar, then its rubric glued or spaced to the day: "BAQ.KZ ·
  // Үкімет12 тамыз 2025", "Kazinform · Саясат 12.03.2024".
  /^[^\d\n]{1,40}?\s[•·|]\s*\p{L}[\p{L}\s]{0,29}?(?=\d)/u,
  /^[\p{L}][\p{L}\s]{0,59}?\p{L}(?=\d)/u,
  /^(?:[a-z][a-z.]*\s+){1,3}(?=\d)/u,
  // A news site's rubric, even above the title: "Новости Казахстана 15 мая 2024, 11:30",
  // "Қазақстан жаңалықтары 13 наурыз 2024".
  /^(?:новости|жаңалықтар\p{L}*|қазақстан\p{L}*|казахстан\p{L}*|политика|саясат|общество|қоғам)(?:\s+\p{L}+)?\s+(?=\d)/u,
  // A place before the date, as agencies and ministries write it: "Түркістан, 15 наурыз 2024".
  /^\p{L}[\p{L}-]{1,30}(?:\s\p{L}[\p{L}-]{1,30})?[,.]\s*(?=\d)/u,
];

/** A rubric after the date, behind a bar or bullet: "15 октября 2024, 12:47 | Политика". */
const TRAILING_RUBRIC = /\s+[|•·]\s*[^\d|•·]{1,40}$/u;
/** When the page was updated, after the date: "15 марта 2026, 07:50 · Обновлено 20:40". */
const UPDATED =
  /\s*[|•·,]?\s*(?:обновлено|изменено|жаңартылды|өзгертілді|updated)\s*:?\s*[\d.:,\s]*$/u;

/** The clock time first, as some sites write it: "12:40, 14 наурыз 2025" (moved behind the date). */
const CLOCK_FIRST = /^(\d{1,2}:\d{2})\s*[,|•·]?\s+(.+)$/u;

/** Below the title, a rubric before the date with a space is no title: "Новости Казахстана 28 января 2023". */
const RUBRIC_BELOW_TITLE = /^\p{L}[\p{L}\s]{0,40}?\s(?=\d)/u;

/**
 * The EDTF date (or date-time) a dateline states, or null when the line is not a dateline.
 * `belowTitle`: the page's title has been read above this line.
 */
export function parseDateline(line: string, belowTitle = false): string | null {
  // (The length first: a paragraph is no dateline, and lowering its case would copy it.)
  const trimmed = line.trim();
  if (trimmed.length > 90) return null;
  const text = trimmed.toLowerCase();
  if (text.length > 90) return null;
  const core = text
    .replace(CRAWLER_KEY, '')
    .replace(WEEKDAY, '')
    .replace(WEEKDAY_AFTER_BAR, '$1')
    .replace(WEEKDAY_AFTER_DATE, '')
    .replace(UPDATED, '')
    .replace(AGENCY_CREDIT, '')
    .replace(TRAILING_RUBRIC, '')
    .replace(CLOCK_FIRST, '$2, $1');
  const rubrics = belowTitle ? [...RUBRICS, RUBRIC_BELOW_TITLE] : RUBRICS;
  for (const candidate of new Set([core, ...rubrics.map((r) => core.replace(r, ''))])) {
    const found = parseCore(candidate);
    if (found !== undefined) return found;
  }
  return null;
}

/** A date (and time) filling the whole string; undefined when it is none, null when impossible. */
function parseCore(text: string): string | null | undefined {
  let m = NUMERIC.exec(text);
  if (m) return build(fullYear(m[3]!), +m[2]!, +m[1]!, m[4], m[5]);
  m = WORDS.exec(text);
  if (m) {
    const month = monthOf(m[2]!);
    return month ? build(+m[3]!, month, +m[1]!, m[4], m[5]) : undefined;
  }
  m = MONTH_FIRST.exec(text);
  if (m) {
    const month = monthOf(m[1]!);
    return month ? build(+m[3]!, month, +m[2]!, m[4], m[5]) : undefined;
  }
  m = YEAR_FIRST.exec(text);
  if (m) {
    const month = monthOf(m[3]!);
    return month ? build(+m[1]!, month, +m[2]!, m[4], m[5]) : undefined;
  }
  m = ISO.exec(text);
  if (m) return build(+m[1]!, +m[2]!, +m[3]!, m[4], m[5]);
  m = RELATIVE_YEAR.exec(text);
  if (m && +m[1]! >= 1900 && +m[1]! <= 2100) return m[1]!;
  return undefined;
}

/** "26.04.22": two-digit years are this century's (news about 1926 writes the year in full). */
function fullYear(y: string): number {
  return y.length === 2 ? 2000 + Number(y) : Number(y);
}

function monthOf(word: string): number | null {
  // Abbreviations are whole words ("мар"); full stems may carry endings ("наурыздың").
  for (const [re, n] of MONTHS) if (re.test(word)) return n;
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

/** "АСТАНА, 16 марта 2022 года. /Kazinform/ – …": a city in capitals, the date, then the agency. */
const AGENCY = /^[\p{Lu}][\p{Lu}\p{Pd} ]{2,30}[,.]\s*([^/–—]{6,40}?)\s*[.,]?\s*(?:\/|[–—-]\s)/u;

/**
 * A place and a full date, then the first sentence, with no agency: "Астана, 12 наурыз 2025. Бүгін
 * …", "АСТАНА, 15 апреля 2025 года. Глава государства …", in the Kazakh order ("Бейнеу, 2023 жылғы
 * 14 шілде. Бүгін …") or in figures ("Павлодар, 14.07.2023. …"), the place closed by a comma or a
 * full stop ("Астана. 12 наурыз 2025. Кеше …"). The place is one or two capitalised words.
 */
const PLACE_DATE =
  /^[\p{Lu}][\p{L}\p{Pd}]{2,30}(?:\s[\p{Lu}][\p{L}\p{Pd}]{2,30})?[,.]\s*(\d{1,2}\s+\p{L}+\.?\s+\d{4}(?:\s*(?:ж\.?|г\.?|жыл\p{L}*|год\p{L}*))?|\d{4}\s*(?:ж\.?|жылғы|жылы)?\s+\d{1,2}(?:-?(?:інші|ыншы|ші|шы)(?![\p{L}]))?[-\s]*\p{L}+|\d{1,2}\.\d{1,2}\.\d{4})\s*[.,]\s+(?=\p{Lu})/u;

/**
 * The date of a news agency's dateline opening the first paragraph ("АСТАНА, 16 марта 2022 года.
 * /Kazinform/ – …", "НҰР-СҰЛТАН. 5 наурыз 2022 — ҚазАқпарат"): the article's publication date,
 * when it names a year. The line itself stays body text.
 * @example parseAgencyDateline('АСТАНА, 16 марта 2022 года. /Kazinform/ – Глава государства …') // '2022-03-16'
 */
export function parseAgencyDateline(text: string, headerYear?: number): string | null {
  // (Each shape in turn, as in yearlessDateline: the first to match may not hold a date.)
  for (const re of [AGENCY, PLACE_DATE, PLACE_DAY_AGENCY]) {
    const core = re
      .exec(text)?.[1]!
      .trim()
      .toLowerCase()
      .replace(/\s*(?:года?|г\.?|жыл\p{L}*|ж\.?)$/u, '');
    if (core === undefined) continue;
    // An agency writes its dateline without the year ("Астана. 4 шілде. ҚазАқпарат –"): the year the
    // page's header names ("ШЫҰ САММИТІ – 2024") is the year of that day, and no other is guessed.
    const found =
      parseCore(core) ??
      (headerYear !== undefined ? parseCore(`${core} ${headerYear}`) : undefined);
    if (found !== undefined) return found;
  }
  return null;
}

/**
 * The day and month of an agency's dateline that names no year, when the page gives none either
 * ("Шымкент. 24 ақпан. ҚазАқпарат –", "Семей.19.12.”Semeyainasy” –"): `MM-DD`, for the article's
 * own dates to fix the year (dates/datelineYear.ts).
 * @example yearlessDateline('Шымкент. 24 ақпан. ҚазАқпарат – Бүгін …') // '02-24'
 */
export function yearlessDateline(text: string): string | null {
  const numeric = PLACE_DAY_MONTH.exec(text);
  if (numeric) {
    const [day, month] = [+numeric[1]!, +numeric[2]!];
    return day >= 1 && day <= 31 && month >= 1 && month <= 12 ? `${pad(month)}-${pad(day)}` : null;
  }
  // (Each shape in turn: "АСТАНА, 12 марта. КАЗИНФОРМ –" fits the capitals' one with the credit
  // taken into the date, "12 марта. казинформ", which is no date; the next shape reads it.)
  for (const re of [AGENCY, PLACE_DAY_AGENCY, PLACE_DAY]) {
    const core = re.exec(text)?.[1]!.trim().toLowerCase();
    if (core === undefined) continue;
    if (parseCore(core)) return null;
    // (A leap year, so that 29 February is a day.)
    const day = parseCore(`${core} 2000`)?.slice(5, 10);
    if (day) return day;
  }
  return null;
}

/** A place, then the day and month in figures and the publisher: "Семей.19.12.”Semeyainasy” –". */
const PLACE_DAY_MONTH =
  /^[\p{Lu}][\p{L}\p{Pd}]{2,30}\.\s*(\d{1,2})\.(\d{1,2})\.\s*[”“"«]?[\p{L}.]{2,30}[”“"»]?\s*[–—-]\s/u;

/** A place, a day and month, the agency's credit and a dash: "Астана. 4 шілде. ҚазАқпарат –". */
const PLACE_DAY_AGENCY =
  /^[\p{Lu}][\p{L}\p{Pd}]{2,30}[,.]\s*(\d{1,2}\s+\p{L}+)\s*[.,]\s*\p{L}{2,20}\s*[–—-]\s/u;

/**
 * A place, a day and month, and what ends a dateline: a full stop or comma, a dash, or the
 * agency's credit in brackets ("Астана, 12 марта. Президент …", "Орал, 8 сәуір. Бүгін …",
 * "Астана, 12 марта — Kazinform. …", "Ақтөбе, 3 сәуір – Облыстық сот …", "Астана, 12 марта
 * (КазТАГ). …").
 */
const PLACE_DAY =
  /^[\p{Lu}][\p{L}\p{Pd}]{2,30}(?:\s[\p{Lu}][\p{L}\p{Pd}]{2,30})?[,.]\s*(\d{1,2}\s+\p{L}+)\s*(?:[.,]\s|[–—-]\s|\()/u;
