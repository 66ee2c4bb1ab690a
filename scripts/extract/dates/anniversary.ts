/**
 * A refiner for anniversaries: "2019 жылы осы күні", "бес жыл бұрын дәл осы күні", "В этот день в
 * 2019 году". The "this day" beside a year is the publication's month and day in that year, not the
 * publication's date (which dated a recalled resignation at the article's day five years on) and not
 * the day a story told. The two become one expression: the day in that year where the publication
 * date is known, else only the year, for the text gives no month or day of its own.
 */
import { KK_ANNIVERSARY_GAP, KK_THIS_DAY } from '../locales/kk/dates/kkTimeOfDay';
import { RU_ANNIVERSARY_GAP, RU_THIS_DAY } from '../locales/ru/dates/ruThisDay';
import type { TagOptions, Timex } from './timex';
import { formatYmd, isRealDay, type Ymd } from './utcCalendar';

const THIS_DAY: Record<TagOptions['lang'], { word: RegExp; gap: RegExp }> = {
  kk: { word: KK_THIS_DAY, gap: KK_ANNIVERSARY_GAP },
  ru: { word: RU_THIS_DAY, gap: RU_ANNIVERSARY_GAP },
};

const YEAR = /^\d{4}$/u;

/** The year a timex names, when it names one year and nothing finer. */
export const yearOf = (t: Timex) =>
  t.granularity === 'year' && YEAR.test(t.value) && t.endValue === undefined ? t.value : undefined;

/** The publication's month and day in `year`, if there is one (not 29 February in a common year). */
export function anniversaryDay(year: string, dct: Ymd | undefined): string | undefined {
  const day = dct && { ...dct, year: Number(year) };
  return day && isRealDay(day) ? formatYmd(day) : undefined;
}

/**
 * The year and "this day" as one expression: the publication's month and day in that year, or
 * where the publication date is not known only the year, for no day is written.
 */
function merge(text: string, year: Timex, day: Timex, y: string, dct: Ymd | undefined): Timex {
  const start = Math.min(year.start, day.start);
  const end = Math.max(year.end, day.end);
  const { direction: _, ...base } = year;
  const whole = { ...base, start, end, text: text.slice(start, end) };
  const value = anniversaryDay(y, dct);
  return value ? { ...whole, value, granularity: 'day', anchor: 'dct', anniversary: true } : whole;
}

/** The timexes with each "this day" beside a year read as that day's anniversary. */
export function anniversaries(
  text: string,
  timexes: Timex[],
  lang: TagOptions['lang'],
  dct: Ymd | undefined,
): Timex[] {
  const { word, gap } = THIS_DAY[lang];
  if (!timexes.some((t) => word.test(t.text.trim()))) return timexes;
  const out: Timex[] = [];
  for (let k = 0; k < timexes.length; k++) {
    const t = timexes[k]!;
    const next = timexes[k + 1];
    if (!next) {
      out.push(t);
      continue;
    }
    const between = text.slice(t.end, next.start);
    const pair = word.test(t.text.trim()) ? { day: t, year: next } : { day: next, year: t };
    const y = yearOf(pair.year);
    if (y && word.test(pair.day.text.trim()) && gap.test(between)) {
      out.push(merge(text, pair.year, pair.day, y, dct));
      k++;
    } else out.push(t);
  }
  return out;
}
