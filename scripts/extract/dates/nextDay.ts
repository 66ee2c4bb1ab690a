/**
 * A refiner for "the next day" and "that day" told in a narrative ("Келесі күні", "ертесіне", "на
 * следующий день", "наутро"; "сол күні"): unlike "ертең"/"завтра" and "бүгін", they count from the
 * day the text has just told, not from the publication date. They take the nearest earlier full
 * date of the text (or `before`, the last one of the paragraphs before), plus one day for the next
 * day; with none they keep only their direction (FUTURE_REF, PRESENT_REF), never a day counted
 * from the publication date. Where their clause is told as done, a day told as still ahead is
 * passed over for the last one told as happened ("6 қазанда өткізетінін айтты, ал Жарлыққа сол
 * күні қол қойылды": the day of the saying; storyDays.ts).
 */
import { isToldAhead } from './storyDays';
import { STORY_DAYS } from './storyDayWords';
import { isYearless } from './yearlessDate';
import type { TagOptions, Timex } from './timex';
import {
  addDays,
  formatYmd,
  isoWeek as weekOf,
  isoWeekday,
  mondayOfWeek,
  pad2,
  parseDct,
  toDayNumber,
  type Ymd,
} from './utcCalendar';

const FULL_DAY = /^(\d{4}|XXXX)-(\d{2})-(\d{2})$/u;
const WEEK = /^(\d{4})-W(\d{2})$/u;

/**
 * "Four days later", "екі аптадан соң": counted from the day a story told (anchorNextDays). The
 * tagger counts them from the publication date; a story counts them from the day it has just told.
 */
export function isLater(text: string, lang: TagOptions['lang']): boolean {
  return STORY_DAYS[lang].later.test(text.trim());
}

/** Any day: what "days later" is counted from when the publication date is not known. */
export const STAND_IN_DCT: Ymd = { year: 2001, month: 1, day: 1 };

/** Read as a day, or as a bare reference when no publication date was given. */
const dayLike = (t: Timex) => t.granularity === 'day' || t.granularity === 'ref';

export function isNextDay(t: Timex, lang: TagOptions['lang']): boolean {
  const { dayAfterEvent, nextDay } = STORY_DAYS[lang];
  if (t.granularity === 'day' && dayAfterEvent?.test(t.text.trim())) return true;
  return dayLike(t) && nextDay.test(t.text.trim());
}

export function isSameDay(t: Timex, lang: TagOptions['lang']): boolean {
  return dayLike(t) && STORY_DAYS[lang].sameDay.test(t.text.trim());
}

/** `days` days after `value` (YYYY-MM-DD, or XXXX-MM-DD counted in a common year). */
export function dayAfter(value: string, days = 1): string | undefined {
  const m = FULL_DAY.exec(value);
  if (!m) return undefined;
  const yearless = m[1] === 'XXXX';
  const next = addDays({ year: yearless ? 2001 : Number(m[1]), month: Number(m[2]), day: Number(m[3]) }, days); // prettier-ignore
  return yearless ? `XXXX-${pad2(next.month)}-${pad2(next.day)}` : formatYmd(next);
}

/**
 * The timexes with each narrative "next day" or "that day" counted from the day told before it, and
 * a month of "that year" ("сол жылдың қыркүйегінде", "в сентябре того же года") in the year told.
 */
export function anchorNextDays(
  text: string,
  timexes: Timex[],
  lang: TagOptions['lang'],
  before?: string,
  dct?: Ymd,
  standIn?: ReadonlyMap<Timex, string>,
  beforeYear?: string,
): Timex[] {
  // "Days later" needs only the count: with no publication date, the tagger counted it from
  // STAND_IN_DCT instead (`standIn`, tagDates.ts).
  const from = dct ?? (standIn ? STAND_IN_DCT : undefined);
  const countOf = (t: Timex) => (dct ? t.value : (standIn?.get(t) ?? t.value));
  const words = STORY_DAYS[lang];
  const out: Timex[] = [];
  let told = before;
  // The last day the story told as happened: what a clause told as done counts from (storyDays.ts).
  let happened = before !== undefined && !isToldAhead(before, undefined, dct) ? before : undefined;
  // (A day counted from the story's day is ahead as that day is, or as its own clause tells: its
  // year is still the publication's guess, so the publication date cannot say.)
  const tell = (value: string, ahead = told !== undefined && told !== happened) => {
    told = value;
    if (!ahead) happened = value;
  };
  // Whether `told` was told in this text (one paragraph, in the pipeline), not before it.
  let toldHere = false;
  let toldYear = beforeYear ?? before?.slice(0, 4);
  // Each full day told in this text and where, for "the day after" an event the text named.
  const toldDays: Array<{ value: string; at: number }> = [];
  // The month of the date told last, for "сол айда".
  let toldMonth =
    before !== undefined && /^\d{4}-\d{2}/u.test(before) ? before.slice(0, 7) : undefined;
  let lastEnd = 0;
  let afterMonth = false;
  // Whether `told` was told in a relative clause ("протестов, которые начались 2 января"): a
  // background day, not the day the story is at, so "Накануне" after it is the eve of publication.
  let toldAside = false;
  for (const t of timexes) {
    // A whole article's lines are its paragraphs: a day told in another one was not told here.
    if (text.slice(lastEnd, t.start).includes('\n')) toldHere = false;
    lastEnd = t.end;
    const sameYear =
      words.sameYear.own.test(t.text) ||
      words.sameYear.before.test(text.slice(Math.max(0, t.start - 40), t.start)) ||
      words.sameYear.after.test(text.slice(t.end, t.end + 20));
    if (
      sameYear &&
      // (Year-less too, as the tagger leaves a month with no publication date to guess from.)
      /^(?:\d{4}|XXXX)-/u.test(t.value) &&
      t.anchor !== 'absolute' &&
      toldYear &&
      /^\d{4}$/u.test(toldYear)
    ) {
      const anchored: Timex = { ...t, value: toldYear + t.value.slice(4), anchor: 'context' };
      delete anchored.direction;
      out.push(anchored);
      continue;
    }
    if (t.anchor === 'absolute' && /^\d{4}/u.test(t.value)) toldYear = yearToldLast(t);
    // "Four days later", "two weeks later": the told day plus the days or weeks the tagger
    // counted from the publication date.
    const counts = countOf(t);
    // ("Через десять дней" right after a dated act of its sentence: counted from that act's day.)
    const actDay = dayJustBefore(text, t, out.at(-1));
    const inSentence = actDay !== undefined && words.laterInSentence?.test(t.text.trim()) === true;
    const later =
      from && (FULL_DAY.test(counts) || WEEK.test(counts)) && (isLater(t.text, lang) || inSentence);
    if (inSentence && later) told = actDay;
    if (later && told !== undefined && /^\d{4}-/u.test(told)) {
      const week = WEEK.exec(counts);
      const days = week
        ? toDayNumber(mondayOfWeek(Number(week[1]), Number(week[2]))) -
          toDayNumber(addDays(from, 1 - isoWeekday(from)))
        : toDayNumber(parseDct(counts)) - toDayNumber(from);
      const day = addDays(parseDct(told), days);
      // (Weeks counted from a day its own sentence dates give a day: "подписан 5 марта и вступил в
      // силу через две недели" is 19 March; a later sentence's "Неделю спустя" stays a week.)
      const asWeek = week && actDay === undefined;
      const value = asWeek ? `${weekOf(day).year}-W${pad2(weekOf(day).week)}` : formatYmd(day);
      const anchored: Timex = { ...t, value, anchor: 'context', ...(!asWeek && { granularity: 'day' as const }) }; // prettier-ignore
      delete anchored.direction;
      out.push(anchored);
      if (!asWeek) tell(value);
      continue;
    }
    // After a story's month ("в конце сентября … Неделю спустя") "days later" says only that it
    // came later: never a day counted from the publication date. (With no time told at all it
    // is news counted from today: "бір аптадан кейін өтеді".)
    if (later && afterMonth) {
      const ref: Timex = { ...t, value: 'FUTURE_REF', granularity: 'ref', anchor: 'none' };
      delete ref.direction;
      out.push(ref);
      continue;
    }
    // "Накануне" in a story is the day before the day this paragraph told; with none told here,
    // the day before publication, as the tagger read it.
    if (words.eve?.word.test(t.text.trim()) && dayLike(t) && toldHere && told && !toldAside) {
      const value = dayAfter(told, -1);
      if (value !== undefined) {
        const anchored: Timex = { ...t, value, granularity: 'day', anchor: 'context' };
        delete anchored.direction;
        out.push(anchored);
        tell(value);
        continue;
      }
    }
    // "Сол жылы", "сол айда": the year, or the month, of the date told last.
    if (t.granularity === 'ref' && words.samePeriod?.test(t.text.trim())) {
      const month = /ай/iu.test(t.text);
      const value = month ? toldMonth : toldYear;
      if (value !== undefined && /^\d{4}/u.test(value)) {
        const anchored: Timex = { ...t, value, granularity: month ? 'month' : 'year', anchor: 'context' }; // prettier-ignore
        delete anchored.direction;
        out.push(anchored);
        continue;
      }
    }
    // (The month the story moved on to, before this expression's own value is taken for one.)
    const storyMonth = afterMonth && toldMonth !== undefined && /^\d{4}-\d{2}$/u.test(toldMonth) ? toldMonth : undefined; // prettier-ignore
    if (/^\d{4}-\d{2}(?:-\d{2})?$/u.test(t.value)) toldMonth = t.value.slice(0, 7);
    const next = isNextDay(t, lang);
    if (next || isSameDay(t, lang)) {
      // (Told as done, after a day told as ahead: the last day told as happened.)
      const ahead = told !== undefined && told !== happened;
      // (The day after an event it names, "на следующий день после выборов", "сайлаудан кейінгі
      // күні": counted from the day the text told that event, not the day told last.)
      const event = next ? dayOfEventNamed(text, t, lang, toldDays) : undefined;
      const from = event ?? (t.direction === 'past' && ahead ? happened : told);
      const value = from === undefined ? undefined : next ? dayAfter(from) : from;
      // After a month told with no day ("Его задержали в декабре прошлого года, а на следующий
      // день освободили от должности"): that month, no finer; the text gives no day.
      if (value === undefined && storyMonth) {
        const anchored: Timex = { ...t, value: storyMonth, granularity: 'month', anchor: 'context' }; // prettier-ignore
        delete anchored.direction;
        out.push(anchored);
        continue;
      }
      if (value === undefined) {
        // No day told before: the expression stays, saying only its direction, never a day
        // counted from the publication date.
        const ref: Timex = { ...t, value: next ? 'FUTURE_REF' : 'PRESENT_REF', granularity: 'ref', anchor: 'none' }; // prettier-ignore
        delete ref.direction;
        out.push(ref);
        continue;
      }
      const anchored: Timex = { ...t, value, granularity: 'day', anchor: 'context' };
      delete anchored.direction;
      out.push(anchored);
      tell(value, from !== happened || t.direction === 'future');
      continue;
    }
    if (FULL_DAY.test(t.value)) {
      toldDays.push({ value: t.value, at: t.start });
      // (A year-less day's year is the tagger's guess: only its direction says it is ahead.)
      tell(t.value, isToldAhead(t.value, t.direction, isYearless(t) ? undefined : dct));
      toldHere = true;
      toldAside =
        words.eve?.asideBefore.test(text.slice(Math.max(0, t.start - 80), t.start)) ?? false;
      afterMonth = false;
    } else if (/^(?:\d{4}|XXXX)-\d{2}(?:-[A-Z]|$)/u.test(t.value) && t.granularity === 'month') {
      // The story moved on to a month ("в конце сентября"): no day is told that "неделю спустя"
      // could be counted from.
      told = undefined;
      afterMonth = true;
    }
    out.push(t);
  }
  return out;
}

/**
 * The last full day told before `t` in a sentence of the text that names the event "the next day"
 * follows ("Выборы прошли 19 марта. Итоги утвердили 28 марта. На следующий день после выборов …"
 * is 20 March): the sentence holds a word with the event noun's first five letters.
 */
function dayOfEventNamed(
  text: string,
  t: Timex,
  lang: TagOptions['lang'],
  toldDays: ReadonlyArray<{ value: string; at: number }>,
): string | undefined {
  const { eventAfter: rule, describedAfterBare } = STORY_DAYS[lang];
  const noun =
    rule.after.exec(text.slice(t.end, t.end + 40))?.[1] ??
    rule.before.exec(text.slice(Math.max(0, t.start - 40), t.start))?.[1];
  if (!noun) return undefined;
  const bare = noun.toLowerCase();
  const stem = bare.slice(0, 5);
  // (A noun left bare before a possessed noun only describes it: "сайлау комиссиясы" is the
  // commission, no election.)
  const named = (w: string, next: string) =>
    w.startsWith(stem) && !(w === bare && describedAfterBare?.test(next) === true);
  for (const d of [...toldDays].reverse()) {
    const from = Math.max(...['.', '!', '?', '\n'].map((c) => text.lastIndexOf(c, d.at))) + 1;
    const ends = ['.', '!', '?', '\n'].map((c) => text.indexOf(c, d.at)).filter((i) => i >= 0);
    const words =
      text
        .slice(from, ends.length ? Math.min(...ends) : text.length)
        .toLowerCase()
        .match(/\p{L}+/gu) ?? [];
    if (words.some((w, i) => named(w, words[i + 1] ?? ''))) return d.value;
  }
  return undefined;
}

/**
 * The full day of `prev`, the timex just before `t`, when both stand in one sentence ("подписан 5
 * марта и вступил в силу через десять дней"): the act that a span after it is counted from.
 */
function dayJustBefore(text: string, t: Timex, prev: Timex | undefined): string | undefined {
  if (!prev || !FULL_DAY.test(prev.value) || !/^\d{4}-/u.test(prev.value)) return undefined;
  return /[.!?\n]/u.test(text.slice(prev.end, t.start)) ? undefined : prev.value;
}

/** The last full date among `timexes` (for the next paragraph's narrative). */
export function lastToldDay(timexes: Timex[], fallback?: string): string | undefined {
  for (let i = timexes.length - 1; i >= 0; i--)
    if (FULL_DAY.test(timexes[i]!.value)) return timexes[i]!.value;
  return fallback;
}

/**
 * The year a written date leaves the story in: a span's last ("с 2021 по 2023 год … В августе того
 * же года" is 2023), else its own. For a value that starts with a year.
 */
export function yearToldLast(t: Timex): string {
  return (/^\d{4}/u.test(t.endValue ?? '') ? t.endValue! : t.value).slice(0, 4);
}
