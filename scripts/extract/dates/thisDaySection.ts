/**
 * A refiner for "this day in history" sections ("Тарихта бүгін", "В этот день"): under such a
 * heading, each paragraph that opens with a year ("2019 жылы Назарбаев …", "В 2022 году …",
 * "2019 – …") tells the publication's month and day in
 * that year, as "2019 жылы осы күні" does in a sentence (anniversary.ts). The expression's value
 * stays the year the text writes; the day is kept beside it (`thisDay`) for dating the events.
 * One that opens with a full date keeps it; one that opens with no date ends the section.
 */
import { KK_THIS_DAY_NAME } from '../locales/kk/dates/kkThisDayHeading';
import { RU_THIS_DAY_NAME } from '../locales/ru/dates/ruThisDay';
import { anniversaryDay, yearOf } from './anniversary';
import type { TagOptions, Timex } from './timex';
import type { Ymd } from './utcCalendar';

/** The section's name alone on its line, the day after it or not ("Этот день в истории: 19 марта"). */
const heading = (name: string) =>
  new RegExp(String.raw`^\s*${name}\s*(?:[:—–|-]\s*\d{1,2}\s+\p{L}+)?\s*[.:!]?\s*$`, 'iu');
/** Or inside a short line that is no sentence, a rubric ("Общество | Рубрика «Этот день в истории»"). */
const rubric = (name: string) => new RegExp(String.raw`(?<![\p{L}])${name}(?![\p{L}])`, 'iu');
const HEADING = { kk: heading(KK_THIS_DAY_NAME), ru: heading(RU_THIS_DAY_NAME) };
const RUBRIC = { kk: rubric(KK_THIS_DAY_NAME), ru: rubric(RU_THIS_DAY_NAME) };

function isHeading(lang: TagOptions['lang'], line: string): boolean {
  return (
    HEADING[lang].test(line) ||
    (line.length <= 80 && !/[.!?…]\s*$/u.test(line) && RUBRIC[lang].test(line))
  );
}

/** What may stand before a paragraph's opening year: a list's dash or bullet, "В". */
const OPENER_HEAD = /^[\s•–—-]*(?:в\s+)?$/iu;

/** A year that opens a list item, set off by a dash ("2019 – Назарбаев …", "• 1995 — …"). */
const BARE_YEAR = /^([\s•–—-]*)((?:19|20)\d{2})(?=\s*[–—-]\s)/u;

/** The bare year opening an item of the section, which the grammar does not read as a date alone. */
function bareYear(paragraph: string): Timex | undefined {
  const m = BARE_YEAR.exec(paragraph);
  if (!m) return undefined;
  const start = m[1]!.length;
  const end = start + m[2]!.length;
  return {
    start,
    end,
    text: m[2]!,
    type: 'DATE',
    value: m[2]!,
    granularity: 'year',
    anchor: 'absolute',
  };
}

/** The year as the text writes it, with the section's day in that year for the event stage. */
function onThisDay(t: Timex, year: string, dct: Ymd | undefined): Timex {
  const day = anniversaryDay(year, dct);
  return day ? { ...t, thisDay: day } : t;
}

/** Whether the paragraphs read so far are inside a section (updated in place). */
export interface ThisDaySection {
  open?: boolean;
}

/** The paragraph's timexes with its opening year read as that year's day of the publication. */
export function yearsOfThisDay(
  lang: TagOptions['lang'],
  paragraph: string,
  timexes: readonly Timex[],
  section: ThisDaySection,
  dct: Ymd | undefined,
): Timex[] {
  if (paragraph.trim() === '') return [...timexes];
  if (isHeading(lang, paragraph)) {
    section.open = true;
    return [...timexes];
  }
  if (!section.open) return [...timexes];
  const first = timexes[0];
  if (!first || !OPENER_HEAD.test(paragraph.slice(0, first.start))) {
    const bare = bareYear(paragraph);
    if (bare) return [onThisDay(bare, bare.value, dct), ...timexes];
    section.open = false;
    return [...timexes];
  }
  // (An item dated in full, "1995 жылғы 30 тамызда", keeps its date, and the section goes on; a
  // year alone on its line heads a story of that year, which goes its own way.)
  const year = yearOf(first);
  const sameLine = /^[^\n]*\p{L}/u.test(paragraph.slice(first.end));
  return year && sameLine ? [onThisDay(first, year, dct), ...timexes.slice(1)] : [...timexes];
}

/**
 * Opens the section on a heading among `lines` (text the reader set aside between two paragraphs:
 * a short line alone, as "Тарихта бүгін" is, is read as header matter, not as a paragraph).
 */
export function openOnHeading(
  lang: TagOptions['lang'],
  lines: string,
  section: ThisDaySection,
): void {
  if (lines.split('\n').some((line) => isHeading(lang, line))) section.open = true;
}
