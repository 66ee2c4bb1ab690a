/**
 * A refiner for chronologies ("хроника", "хронологиясы"): a run of paragraphs that each open with a
 * date ("20 наурыз – …", "5 января — …") under a year heading ("2022 год") or after an opener that
 * states its year ("2019 жылғы 19 наурыз – …", "5 января 2022 года протесты …"). The year-less
 * openers of the run, and the year-less days inside their paragraphs, are that year's, not the
 * year nearest the publication: an anniversary timeline published in 2024 tells of 2019.
 * A paragraph that does not open with a date ends the run (the one right under a year heading
 * still tells that year). Stepping from late in the year to its
 * start ("20 декабря …", then "5 января …") moves the run into the next year.
 */
import { recountStoryDays } from './storyDays';
import type { Timex } from './timex';
import { isYearless, withYear } from './yearlessDate';

/** The run so far: its year and the last day (or month) it told. */
export interface ChronologyRun {
  year?: string;
  last?: string;
  /** The paragraph before was the year heading itself. */
  headed?: boolean;
  /** A year heading was read, and a day told after it (storyDays.ts: what a next day counts from). */
  sectioned?: boolean;
  dayTold?: boolean;
}

const HEADING = /^\s*(\d{4})(?:\s*(?:год|года|г\.|жыл|жылы|ж\.))?\s*[.:]?\s*$/iu;
const DAY_OR_MONTH = /^(?:\d{4}|XXXX)-(\d{2})(?:-\d{2})?$/u;
const FULL_DAY = /^(?:\d{4}|XXXX)-\d{2}-\d{2}$/u;
/**
 * What may stand before a paragraph's opening date: nothing, a dash of a list, "Вечером", "Утром",
 * or the Russian preposition of a month or a season ("В январе страну охватили протесты").
 */
const OPENER_HEAD =
  /^[\s•–—-]*(?:(?:утром|вечером|днем|днём|ночью|таңертең|кешке)\s+)?(?:(?:в|во)\s+)?$/iu;

/**
 * Returns the paragraph's timexes with the run's year given to its year-less dates, and moves the
 * run (`run` is updated in place) to what this paragraph tells.
 */
export function yearsFromChronology(
  paragraph: string,
  timexes: readonly Timex[],
  run: ChronologyRun,
): Timex[] {
  const out = yearsOfParagraph(paragraph, timexes, run);
  if (run.sectioned && out.some((t) => FULL_DAY.test(t.value))) run.dayTold = true;
  return out;
}

function yearsOfParagraph(
  paragraph: string,
  timexes: readonly Timex[],
  run: ChronologyRun,
): Timex[] {
  // (A blank line between the items is no paragraph.)
  if (paragraph.trim() === '') return [...timexes];
  const heading = HEADING.exec(paragraph);
  if (heading) {
    run.year = heading[1]!;
    run.last = heading[1]!;
    run.headed = true;
    run.sectioned = true;
    return [...timexes];
  }
  const headed = run.headed === true;
  run.headed = false;
  // Only the first date can open the paragraph (any later one has that date before it).
  const first = timexes[0];
  const opener =
    first && OPENER_HEAD.test(paragraph.slice(0, first.start)) && DAY_OR_MONTH.test(first.value)
      ? first
      : undefined;
  if (!opener) {
    // The section a year heading opens tells that year even when its paragraph opens with no date
    // ("2019 год\nНазарбаев объявил … Через четыре дня, 23 марта, …"); it ends the run.
    const year = headed ? run.year : undefined;
    run.year = undefined;
    run.last = undefined;
    if (!year) return [...timexes];
    // (A next day before any day of the section lies in the section's year: storyDays.ts.)
    const moved = timexes.map((t) => (isYearless(t) ? withYear(t, year) : t));
    return recountStoryDays(timexes, moved, { year, fromFrame: run.dayTold !== true });
  }
  // A year stated, or given by its sentence ("2022 год\n28 января — …" reads as one sentence).
  if (
    opener.anchor === 'absolute' ||
    (opener.anchor === 'context' && /^\d{4}/u.test(opener.value))
  ) {
    run.year = opener.value.slice(0, 4);
    run.last = opener.value;
    return [...timexes];
  }
  if (run.year === undefined || !isYearless(opener)) {
    run.year = undefined;
    run.last = undefined;
    return [...timexes];
  }
  let year = run.year;
  // From late in the year back to its start: the next year ("20 декабря", then "5 января").
  const month = Number(opener.value.slice(5, 7));
  const lastMonth = run.last && run.last.length > 4 ? Number(run.last.slice(5, 7)) : undefined;
  if (lastMonth !== undefined && lastMonth - month >= 6) year = String(Number(year) + 1);
  run.year = year;
  run.last = year + opener.value.slice(4);
  // (A day the story counted from one of them, "На следующий день", moves with it: storyDays.ts.)
  return recountStoryDays(
    timexes,
    timexes.map((t) => (isYearless(t) ? withYear(t, year) : t)),
  );
}
