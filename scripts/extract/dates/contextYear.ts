import { isPurposeYear } from './purposeYear';
import { SENTENCE_END } from './sentenceYear';
import type { Timex } from './timex';
import { namesDayIn, RELATIVE_YEAR } from './yearlessDate';

const EXPLICIT = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/u;
const SINCE_BEFORE = /(?:^|[^\p{L}])(?:с|со|начиная\s+с)\s+$/iu;
const SINCE_AFTER = /^\s+(?:бері|бастап)(?![\p{L}])/u;

/** "с 2004 года", "2004 жылдан бері/бастап": `start`/`end` index `text`. */
export function isSince(text: string, t: Timex): boolean {
  // The Kazakh span may hold the postposition itself ("2004 жылдан бері").
  const kk = /(?:дан|ден|тан|тен)(?:\s+(?:бері|бастап))?$/u.exec(t.text);
  return (
    SINCE_BEFORE.test(text.slice(Math.max(0, t.start - 20), t.start)) ||
    (kk !== null && (kk[0].length > 3 || SINCE_AFTER.test(text.slice(t.end, t.end + 12))))
  );
}

/**
 * Fills the year of year-less dates ("10 қаңтарда", "6 октября": value XXXX-…, anchor none) from
 * a year the same text states, for texts without a publication date: the year of a full date
 * with the same month and day ("2021 жылдың 10 қаңтарында … 10 қаңтарда"), else of the nearest
 * full date before it, else of the nearest year alone before it ("Сайлау-2022 … 20 қарашада"),
 * else of the first full date after it. A year a lasting state counts from ("с 2004 года") frames
 * nothing. A year alone after the date is no frame for it: "7
 * февраля … итоги за 2023 год" names what is reviewed, not when. Such values get
 * `anchor: 'context'`; without a frame they keep XXXX. Works on one paragraph's timexes or on a
 * whole article's (in text order); returns new objects, in linear time.
 * @example fillContextYears(tagDates('2021 жылдың 10 қаңтарында … 10 қаңтарда', { lang: 'kk' }))[1].value // '2021-01-10'
 */
export function fillContextYears<T extends Timex>(
  timexes: readonly T[],
  text?: string,
  // The tense the text tells a full date in (dates/fullDateTense.ts), where the caller can read it.
  tenseOf?: (t: T) => 'past' | 'future' | undefined,
): T[] {
  const stated = timexes.map((t) => {
    const m = t.type === 'DATE' && t.anchor === 'absolute' ? EXPLICIT.exec(t.value) : null;
    if (!m) return null;
    const full = m[3] !== undefined;
    // A year alone that a lasting state counts from ("впервые с 2004 года", "2004 жылдан бері")
    // compares with then; it is not the time the text is telling.
    if (!full && m[2] === undefined && text !== undefined && isSince(text, t)) return null;
    // Nor is a year a plan or a budget is for ("бюджет на 2026–2028 годы").
    if (!full && m[2] === undefined && text !== undefined && isPurposeYear(text, t)) return null;
    return { year: m[1]!, full, monthDay: `${m[2]}-${m[3]}`, named: false };
  });
  if (!stated.some(Boolean)) return [...timexes];
  // One pass each way, so a long text with many dates stays linear.
  const byMonthDay = new Map<string, string>();
  for (const s of stated)
    if (s?.full && !byMonthDay.has(s.monthDay)) byMonthDay.set(s.monthDay, s.year);
  // A day the text names again with its year ("15 наурызда өтетін референдум … референдумды 2026
  // жылғы 15 наурызға тағайындау") is as good as stated where it stands, for the dates around it.
  const sameDay = (t: T) =>
    t.anchor === 'none' && /^XXXX-\d{2}-\d{2}$/u.test(t.value)
      ? byMonthDay.get(t.value.slice(5, 10))
      : undefined;
  timexes.forEach((t, k) => {
    const year = stated[k] ? undefined : sameDay(t);
    if (year) stated[k] = { year, full: true, monthDay: t.value.slice(5, 10), named: true };
  });
  const nextFull: (string | undefined)[] = [];
  let ahead: string | undefined;
  for (let k = timexes.length - 1; k >= 0; k--) {
    nextFull[k] = ahead;
    if (stated[k]?.full) ahead = stated[k]!.year;
  }
  let lastFull: string | undefined;
  let lastAny: string | undefined;
  // The latest day the text has told, before here, as already past ("Мы приняли присягу 29 марта"):
  // the text's present is no earlier, so a day it sets ahead ("Сессия откроется 1 сентября") comes
  // after it, even when the nearest year stated is an older one ("Референдум 5 июня 2022 года").
  let toldPast: string | undefined;
  // (A full date too: "14 февраля 2024 года … прошла конференция. … Съезд запланирован на
  // апрель" is April 2024, not of the older year the text names last, "16 марта 2022 года".)
  // (Its tense is read only when a day told ahead asks for the latest past: reading it costs a
  // look at the words after it, for every full date of an undated text.)
  let unread: T[] = [];
  const notePast = (t: T) => {
    if (!/^\d{4}-\d{2}-\d{2}$/u.test(t.value)) return;
    if (t.direction !== 'past') {
      if (t.anchor === 'absolute' && tenseOf) unread.push(t);
      return;
    }
    if (toldPast === undefined || t.value > toldPast) toldPast = t.value;
  };
  const latestPast = () => {
    for (const t of unread)
      if (tenseOf!(t) === 'past' && (toldPast === undefined || t.value > toldPast))
        toldPast = t.value;
    unread = [];
    return toldPast;
  };
  // A year said relative to a now the text does not give ("в текущем году … в апреле", "былтыр
  // наурызда"): the dates after it in its sentence are of that unknown year, not of one stated
  // elsewhere.
  let unknownYearAt: number | undefined;
  return timexes.map((t, k) => {
    if (t.anchor === 'none' && /_REF$/u.test(t.value) && RELATIVE_YEAR.test(t.text))
      unknownYearAt = t.end;
    const inUnknownYear =
      text !== undefined &&
      unknownYearAt !== undefined &&
      unknownYearAt <= t.start &&
      !SENTENCE_END.test(text.slice(unknownYearAt, t.start));
    const s = stated[k];
    if (s) {
      lastAny = s.year;
      if (s.full) lastFull = s.year;
      if (!s.named) {
        notePast(t);
        return t;
      }
    }
    if (t.anchor !== 'none' || !/^XXXX-\d/u.test(t.value)) {
      notePast(t);
      return t;
    }
    if (inUnknownYear) return t;
    const sameDayYear = byMonthDay.get(t.value.slice(5, 10));
    let year = sameDayYear ?? lastFull ?? lastAny ?? nextFull[k];
    if (year === undefined) return t;
    const past = sameDayYear === undefined && t.direction === 'future' ? latestPast() : undefined;
    if (past !== undefined) {
      const monthDay = t.value.slice(4, 10);
      if (`${year}${monthDay}` <= past) year = past.slice(0, 4);
      if (`${year}${monthDay}` <= past) year = String(Number(year) + 1);
    }
    // (29 February takes only a leap year: in another it stays year-less.)
    if (!namesDayIn(t.value, year)) return t;
    const withYear = (v: string) => (v.startsWith('XXXX') ? year + v.slice(4) : v);
    const out: T = { ...t, value: withYear(t.value), anchor: 'context' };
    if (t.endValue) out.endValue = withYear(t.endValue);
    notePast(out);
    return out;
  });
}
