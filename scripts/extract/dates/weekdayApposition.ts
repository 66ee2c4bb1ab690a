/**
 * A weekday set beside a year-less date names the same day ("в субботу, 28 сентября", "сенбі,
 * 28 қыркүйекте", "28 сентября (суббота)", "28 сентября, в субботу,"), and the weekday tells which year that date is in: the
 * tense may point either way around the publication day, but 28 September was a Saturday in 2024
 * and a Thursday in 2023. The date takes the nearest year in which it falls on that weekday, and the
 * weekday takes the date.
 */
import type { Timex } from './timex';
import { isoWeekday, parseDct } from './utcCalendar';

// ISO weekday numbers (Monday 1) by the stem of each language's weekday word.
// prettier-ignore
const WEEKDAYS: ReadonlyArray<[RegExp, number]> = [
  [/^(?:понедельн|дүйсенбі)/iu, 1], [/^(?:вторн|сейсенбі)/iu, 2], [/^(?:сред[ауые]|сәрсенбі)/iu, 3],
  [/^(?:четверг|бейсенбі)/iu, 4], [/^(?:пятниц|жұма)/iu, 5], [/^(?:суббот|сенбі)/iu, 6],
  [/^(?:воскресен|жексенбі)/iu, 7],
];
const DAY = /^(\d{4})(-\d{2}-\d{2})$/u;

function weekdayOf(t: Timex): number | undefined {
  const word = t.text.trim().replace(/^(?:в|во)\s+/iu, '');
  return WEEKDAYS.find(([re]) => re.test(word))?.[1];
}

/** The date beside the weekday, in the nearest year that puts it on that weekday. */
function onWeekday(date: Timex, weekday: number): string | undefined {
  const m = DAY.exec(date.value);
  if (!m) return undefined;
  const year = Number(m[1]);
  // A year the text writes is the year; only one taken from elsewhere may move.
  if (/\d{4}/u.test(date.text)) return date.value;
  for (const y of [year, year - 1, year + 1]) {
    const value = `${y}${m[2]}`;
    if (isoWeekday(parseDct(value)) === weekday) return value;
  }
  return undefined;
}

export function weekdayAppositions<T extends Timex>(text: string, timexes: T[]): T[] {
  const out = [...timexes];
  for (let i = 0; i + 1 < out.length; i++) {
    const [a, b] = [out[i]!, out[i + 1]!];
    const between = text.slice(a.end, b.start);
    const weekdayFirst = weekdayOf(a) !== undefined && /^\s*,\s*$/u.test(between);
    // (The Russian weekday's preposition is outside its timex: "8 января, в среду," "(во вторник)".)
    const weekdayAfter = weekdayOf(b) !== undefined && /^\s*[,(]\s*(?:во?\s+)?$/iu.test(between);
    if (!weekdayFirst && !weekdayAfter) continue;
    const [day, date] = weekdayFirst ? [a, b] : [b, a];
    if (weekdayOf(date) !== undefined) continue;
    const value = onWeekday(date, weekdayOf(day)!);
    if (value === undefined) continue;
    const anchor = date.anchor;
    if (value !== date.value) {
      // (The year now comes from the weekday, not from the tense.)
      const moved: T = { ...date, value };
      delete moved.direction;
      out[weekdayFirst ? i + 1 : i] = moved;
    }
    const named: T = { ...day, value, anchor };
    delete named.direction;
    out[weekdayFirst ? i : i + 1] = named;
  }
  return out;
}

/**
 * With no publication date, a bare weekday ("в распространённом в понедельник пресс-релизе") can
 * only be a day the story told: the last full date told before it, when that date falls on that
 * weekday ("в понедельник, 19 декабря … в понедельник"). Otherwise it stays year-less.
 */
export function weekdaysOfToldDay<T extends Timex>(timexes: T[], before?: string): T[] {
  let told = before !== undefined && DAY.test(before) ? before : undefined;
  return timexes.map((t) => {
    const bare = /^XXXX-WXX-(\d)$/u.exec(t.value);
    if (bare && told && isoWeekday(parseDct(told)) === Number(bare[1])) {
      const named: T = { ...t, value: told, granularity: 'day', anchor: 'context' };
      delete named.direction;
      return named;
    }
    if (DAY.test(t.value)) told = t.value;
    return t;
  });
}
