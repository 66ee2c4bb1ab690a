/**
 * The days a story counts from a day it told ("На следующий день", "Келесі күні", "сол күні",
 * "четыре дня спустя": nextDay.ts) are counted inside the tagger, before a refiner that reads
 * across paragraphs (a chronology's year heading, chronology.ts) gives the told day its year. When
 * that refiner moves the told day, the days counted from it move with it: "2019 год … 19 марта
 * … На следующий день" is 20 March 2019, not the day after 19 March of the publication's year.
 */
import { NAMED_DATE } from './namedDate';
import type { Timex } from './timex';
import { addDays, formatYmd, toDayNumber, type Ymd } from './utcCalendar';
import { withYear } from './yearlessDate';

const FULL_DAY = /^(\d{4}|XXXX)-(\d{2})-(\d{2})$/u;

/**
 * A day the tagger counted from the story's day (nextDay.ts gives it `anchor: 'context'`): a day
 * that names no month or season of its own ("На следующий день", "сол күні", "4 дня спустя"); a
 * year-less date that took its sentence's year names its month ("В 2022 году … 5 июня").
 */
export function isCountedFromStory(t: Timex): boolean {
  return (
    t.anchor === 'context' &&
    t.granularity === 'day' &&
    FULL_DAY.test(t.value) &&
    !NAMED_DATE.test(t.text.replace(/\d+/gu, ''))
  );
}

/** A day as a calendar date; a year-less one in a common year (as dayAfter counts it). */
function ymd(value: string): Ymd {
  const m = FULL_DAY.exec(value)!;
  return { year: m[1] === 'XXXX' ? 2001 : Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

/**
 * `moved` is `tagged` (the same timexes, in order) after a refiner gave some days another year:
 * each day counted from a moved day is counted again from where it moved to. A day counted before
 * any day of this paragraph was told came from a day the paragraphs before told; in a section
 * whose year a heading gave (`section`) it lies in that year: from the day the article told before
 * its first heading, that day's month and day in the section's year ("Сегодня, 19 марта,
 * вспоминаем … / 2019 год / … На следующий день" is 20 March 2019); from an earlier section's
 * day, only the section's year.
 */
export function recountStoryDays(
  tagged: readonly Timex[],
  moved: readonly Timex[],
  section?: { year: string; fromFrame: boolean },
): Timex[] {
  // The story's day as tagged and as moved.
  let told: { was: string; now: string } | undefined;
  return moved.map((t, k) => {
    const was = tagged[k]!;
    if (isCountedFromStory(was)) {
      if (!told && section && !was.value.startsWith(section.year)) {
        if (!section.fromFrame) return { ...t, value: section.year, granularity: 'year' };
        told = { was: was.value, now: withYear(t, section.year).value };
        return { ...t, value: told.now };
      }
      const now =
        told && told.was !== told.now
          ? formatYmd(
              addDays(ymd(told.now), toDayNumber(ymd(was.value)) - toDayNumber(ymd(told.was))),
            )
          : t.value;
      told = { was: was.value, now };
      return now === t.value ? t : { ...t, value: now };
    }
    if (FULL_DAY.test(t.value) && FULL_DAY.test(was.value)) told = { was: was.value, now: t.value };
    // (The story moved on to a month: no day is told that a next day counts from.)
    else if (t.granularity === 'month') told = undefined;
    return t;
  });
}

/**
 * Whether the story told a day as still ahead: said of the future ("оны 6 қазанда өткізетінін
 * айтты", "сообщил, что выборы пройдут 6 октября"), or after the publication date. A clause told
 * as done ("… ал Жарлыққа сол күні қол қойылды") cannot have happened on it: its "сол күні", "в тот
 * же день", "келесі күні" count from the last day the story told as happened (nextDay.ts).
 */
export function isToldAhead(value: string, direction: Timex['direction'], dct?: Ymd): boolean {
  if (direction === 'future') return true;
  const day = /^\d{4}-\d{2}-\d{2}$/u.test(value) ? value : undefined;
  return dct !== undefined && day !== undefined && day > formatYmd(dct);
}
