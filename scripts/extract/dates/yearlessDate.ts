/**
 * A day or month written without its year ("5 маусымда", "в марте"), whose year came from the
 * publication date or is not known (XXXX), and the one way to give it the year a refiner found:
 * shared by the refiners that read a year from the text around such a date (sentenceYear,
 * narrativeYear, recallYear, chronology).
 */
import { NAMED_DATE } from './namedDate';
import type { Timex } from './timex';
import { isRealDay } from './utcCalendar';

/** Its own year said in words: "биылғы наурызда", "в марте прошлого года". */
export const RELATIVE_YEAR = /биыл|былтыр|жыл|год|г\./iu;
const DAY_OR_MONTH = /^(?:\d{4}|XXXX)-\d{2}(?:-\d{2})?$/u;
/** A season is named like a month: "көктемде" after "2022 жылы" is that year's spring. */
const DAY_MONTH_OR_SEASON = /^(?:\d{4}|XXXX)-(?:\d{2}(?:-\d{2})?|SP|SU|FA|WI)$/u;

/** A named day, month or season with no year of its own; `anchors` limits where its year came from. */
export function isYearless(
  t: Timex,
  anchors: ReadonlyArray<Timex['anchor']> = ['dct', 'none'],
): boolean {
  return (
    anchors.includes(t.anchor) &&
    (t.granularity === 'day' || t.granularity === 'month' || t.granularity === 'season') &&
    DAY_MONTH_OR_SEASON.test(t.value) &&
    !/\d{4}/u.test(t.text) &&
    NAMED_DATE.test(t.text) &&
    !RELATIVE_YEAR.test(t.text)
  );
}

/** The date in `year`, said to come from the text around it (`anchor: 'context'`). */
export function withYear<T extends Timex>(t: T, year: string): T {
  // (29 February takes only a leap year: in another the date keeps the year it had.)
  if (!namesDayIn(t.value, year)) return t;
  const out: T = { ...t, value: year + t.value.slice(4), anchor: 'context' };
  delete out.direction;
  if (t.endValue && DAY_OR_MONTH.test(t.endValue)) out.endValue = year + t.endValue.slice(4);
  return out;
}

/** Whether a value's month and day ("XXXX-02-29…") are a day of `year`: 29 February only of a leap one. */
export function namesDayIn(value: string, year: string | number): boolean {
  const m = /^.{4}-(\d{2})-(\d{2})/u.exec(value);
  return !m || isRealDay({ year: Number(year), month: Number(m[1]), day: Number(m[2]) });
}
