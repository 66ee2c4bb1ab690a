/**
 * Date helpers for events: the calendar expressions of each sentence, the one nearest a trigger,
 * the publication date as an event date, EDTF conversion. The dating rules are in when.ts.
 */
import { namedEventAfter } from '../dates/namedPeriods';
import { quotationSpansIn, speechSpansIn } from './quotationsIn';
import { inQuotedSpeech } from './quotedSpeech';
import type { EventDate, Precision, SourceLang } from '../../../src/model/schema';
import type { DocTimex } from '../stages/dates';
import type { DocumentDate } from '../stages/documentDate';
import type { Sentence } from '../types';
import { KK_FROM } from '../dates/rangeEnds';
import { seasonDays, seasonOf } from '../dates/season';
import { addDays, formatYmd, mondayOfWeek } from '../dates/utcCalendar';
import { AND_PREDICATE } from '../locales/ru/ruVerbForms';
import { ruConditions } from '../locales/ru/events/conditional';
import { RU_DESCRIBED_AFTER } from '../locales/ru/events/participlePhrase';
import { objectClauses, spanOf } from './objectClauses';

/** A calendar value, with or without its year (XXXX-03-19 still names a day), or a half or quarter. */
const CALENDAR =
  /^(?:\d{4}(?:-\d{2}(?:-\d{2})?|-(?:SP|SU|FA|WI|H[12]|Q[1-4])|-W\d{2}(?:-WE)?)?|XXXX-\d{2}(?:-\d{2})?)(?:T[\d:]+)?$/u;
/** An ISO week or its weekend: "өткен аптада" 2024-W22, "в минувшие выходные" 2025-W11-WE. */
const WEEK = /^(\d{4})-W(\d{2})(-WE)?$/u;

/**
 * The days of a week or a weekend value, as EDTF: its month when they all fall in one (the
 * annotators date "last week" so, and no day is invented), else the interval of its days.
 */
function weekEdtf(value: string): string | undefined {
  const days = weekDays(value);
  if (!days) return undefined;
  const [a, b] = days;
  return a.slice(0, 7) === b.slice(0, 7) ? a.slice(0, 7) : `${a}/${b}`;
}

/** The first and last day (ISO) of a week or weekend value ("2025-W12", "2025-W11-WE"). */
export function weekDays(value: string): [string, string] | undefined {
  const m = WEEK.exec(value);
  if (!m) return undefined;
  const monday = mondayOfWeek(Number(m[1]), Number(m[2]));
  const [first, last] = m[3]
    ? [addDays(monday, 5), addDays(monday, 6)]
    : [monday, addDays(monday, 6)];
  return [formatYmd(first), formatYmd(last)];
}

/** The days a week or a season value spans, which its drawn EDTF (a month, a year) widens. */
export const spannedDays = (value: string) => weekDays(value) ?? seasonDays(value);

/**
 * A date with the season it was told in: an event in a season is dated by its year (toEdtf), and
 * a summer summit and an autumn one of one year are two summits, not one event told twice.
 */
export const toldDate = (d: Pick<EventDate, 'edtf' | 'timex'>) =>
  d.timex !== undefined && seasonOf(d.timex) ? `${d.edtf}~${d.timex}` : d.edtf;

/** The calendar date expressions of each sentence, built once per article. */
const CLOCK_ONLY = /^(?:сағат\s+|в\s+|к\s+|с\s+|до\s+)?\d{1,2}[:.]\d{2}(?:-?\p{L}+)?$/iu;

export function timexesBySentence(timexes: DocTimex[]): Map<number, DocTimex[]> {
  const by = new Map<number, DocTimex[]>();
  for (const t of timexes) {
    if ((t.type !== 'DATE' && t.type !== 'TIME') || !CALENDAR.test(t.value)) continue;
    // A clock time alone ("сағат 00:00-де", "в 10:00") names no day: its day is only the
    // publication's, and the day written beside it is the event's.
    if (t.type === 'TIME' && CLOCK_ONLY.test(t.text)) continue;
    // A year in a "this day in history" section dates its events on the publication's day in
    // that year (dates/thisDaySection.ts): an anniversary, as "2019 жылы осы күні" is.
    const dated: DocTimex = t.thisDay
      ? { ...t, value: t.thisDay, granularity: 'day', anchor: 'dct', anniversary: true }
      : t;
    by.set(t.sentence, [...(by.get(t.sentence) ?? []), dated]);
  }
  return by;
}

/** Between the two ends of a range: "5 қаңтар, сағат 01:30-дан 19 қаңтар…", "с 5 … по 19 января". */
const RANGE_GAP = /^[^.;]{0,40}?(?:дан|ден|тан|тен|нан|нен)[\s,]+$|^\s*(?:[-–—]|до|по)\s*$/u;

/**
 * Each language's participle phrase set off after a trigger, read from it (locales/<lang>/events/
 * participlePhrase.ts); Kazakh puts its participles before the noun.
 */
const DESCRIBED_AFTER: Record<SourceLang, RegExp | undefined> = {
  kk: undefined,
  ru: RU_DESCRIBED_AFTER,
};

/**
 * The date expression of the sentence nearest to the trigger; when that is the end of a range
 * written as two expressions ("from X … to Y"), the range's start: the event begins then.
 */
export function pickTimex(
  lang: SourceLang,
  sentence: Sentence,
  triggerAt: number,
  bySentence: Map<number, DocTimex[]>,
): DocTimex | undefined {
  const at = sentence.start + triggerAt;
  // A month named as an event ("Қаңтар оқиғасы") dates only that event's noun.
  const all = (bySentence.get(sentence.index) ?? []).filter((t) => {
    const noun = namedEventAfter(lang, sentence.text.slice(t.end - sentence.start), t);
    return noun === 0 || (at >= t.end && at <= t.end + noun);
  });
  // A cue outside a quotation is dated outside it, one inside it inside: in "5 ақпанда «7 ақпанда
  // отырыс өтеді» деген хабарландыру жарияланды" the announcement is of the 5th.
  const quoted = quotations(sentence.text);
  const inQuote = quoted(triggerAt);
  // (A condition, "Если референдум состоится в 2027 году, …", and its main clause date apart.)
  const conditions = ruConditions(sentence.text);
  const inCondition = (x: number) => conditions.findIndex(([a, b]) => a <= x && x < b);
  const side = inCondition(triggerAt);
  // (A reported object with a date of its own and the verb of saying date apart: "Тоқаев 10
  // наурызда референдум 20 сәуірде өтетінін мәлімдеді".)
  const objects = objectClauses(lang, sentence, all);
  const object = spanOf(objects, triggerAt);
  const sameSide = all.filter(
    (t) =>
      quoted(t.start - sentence.start) === inQuote &&
      inCondition(t.start - sentence.start) === side &&
      spanOf(objects, t.start - sentence.start) === object,
  );
  // (A cue in quoted speech, "«Мы провели референдум», — заявил Токаев 10 марта", is dated only
  // by the quote: the day outside is the saying's, not of what the words recall.)
  const inSpeech = inQuotedSpeech(lang, sentence.text, triggerAt);
  // (Nor is a verb of saying outside direct speech dated by the speech's own day words: "«Завтра
  // мы начнём …», — заявил Токаев" was said on the article's day, not tomorrow.)
  const speech = speechSpansIn(sentence.text);
  const inSpeechAt = (x: number) => speech.some((q) => q.start <= x && x < q.end);
  const unquoted = inSpeechAt(triggerAt)
    ? all
    : all.filter((t) => !inSpeechAt(t.start - sentence.start));
  const own =
    sameSide.length || conditions.length || objects.length || inSpeech ? sameSide : unquoted;
  // Distance from the trigger to the expression's nearer edge: a long date before the trigger is
  // as near as a short one after it.
  // A clause boundary between them (", а", ";"), or a second predicate joined by a bare "и" ("был
  // избран 9 июня и вступил в должность 12 июня"), outweighs a few characters.
  const distance = (t: DocTimex) => {
    const [from, to] = t.end <= at ? [t.end, at] : [at, t.start];
    const between = sentence.text.slice(from - sentence.start, to - sentence.start);
    return (
      to -
      from +
      (/[,;]\s+(?:а|и|но|ал|ал\s+енді|бірақ)\s/iu.test(between) || anotherPredicate(t) ? 1000 : 0)
    );
  };
  // The trigger's first word, the verb a bare "и" may join ("… 9 июня и вступил в должность").
  const head = /^[\p{L}-]*/u.exec(sentence.text.slice(at - sentence.start))![0];
  const anotherPredicate = (t: DocTimex) =>
    AND_PREDICATE.test(
      t.end <= at
        ? sentence.text.slice(t.end - sentence.start, at - sentence.start) + head
        : sentence.text.slice(at - sentence.start, t.start - sentence.start),
    );
  // A date in the trigger's own clause (between commas, semicolons and dashes) comes first:
  // "В январе 2022 года произошли беспорядки, с 5 по 19 января действовал режим ЧП".
  const text = sentence.text;
  const rel = at - sentence.start;
  let clauseStart = Math.max(...[',', ';', '—', '–'].map((c) => text.lastIndexOf(c, rel))) + 1;
  // A sentence that opens with its time set off by commas ("В понедельник, 8 сентября, в Послании
  // …", "Кеше, 5 наурызда, …") puts that time in the main clause, not in a clause of its own.
  if (clauseStart > 0 && onlyDates(text.slice(0, clauseStart), own, sentence.start))
    clauseStart = 0;
  const ends = [',', ';', '—', '–'].map((c) => text.indexOf(c, rel)).filter((i) => i >= 0);
  let clauseEnd = ends.length ? Math.min(...ends) : text.length;
  // A participle phrase set off after the trigger describes it, date and all: "на выборы,
  // назначенные на 20 ноября"; "съезд, прошедший 5 мая".
  const described = DESCRIBED_AFTER[lang]?.exec(text.slice(rel, rel + 80));
  if (described && rel + described[0].length - 1 === clauseEnd) {
    const next = text.slice(clauseEnd + 1).search(/[,;—–]/u);
    clauseEnd = next < 0 ? text.length : clauseEnd + 1 + next;
  }
  const inClause = own.filter(
    (t) => t.start - sentence.start >= clauseStart && t.end - sentence.start <= clauseEnd,
  );
  const nearest = [...(inClause.length ? inClause : own)].sort(
    (a, b) => distance(a) - distance(b),
  )[0];
  if (!nearest) return undefined;
  // "В 2022 году референдум прошёл 5 июня": a day in the trigger's own clause is the event's date
  // (its year the one stated), not the bare year nearer to the trigger. (Not a day of another
  // year: in "Сенат бүгін 2024 жылы … қол қойылған келісімді ратификациялады" today is the
  // ratifying's, and 2024 the signing's.)
  if (nearest.granularity === 'year') {
    const day = own.find(
      (t) =>
        t !== nearest &&
        (t.value.startsWith(`${nearest.value}-`) || /^XXXX-\d{2}/u.test(t.value)) &&
        !anotherPredicate(t) &&
        !/[,;:]/u.test(
          sentence.text.slice(
            Math.min(t.end, at) - sentence.start,
            Math.max(t.start, at) - sentence.start,
          ),
        ),
    );
    if (day) return day;
  }
  const before = own.filter((t) => t.end <= nearest.start).at(-1);
  if (!before) return nearest;
  const gap = sentence.text.slice(before.end - sentence.start, nearest.start - sentence.start);
  // (A Kazakh start carries its ablative in its own text: "5 қаңтардан 19 қаңтарға дейін".)
  const fromBefore = KK_FROM.test(before.text) && /^\s*$/u.test(gap);
  return RANGE_GAP.test(gap) || fromBefore ? before : nearest;
}

export function dateFromPublication(dct: DocumentDate): EventDate {
  if (dct.precision === 'interval') {
    return {
      edtf: dct.edtf,
      precision: 'interval',
      certainty: 'inferred',
      method: 'publication-interval',
    };
  }
  return {
    edtf: dct.edtf,
    precision: dct.precision,
    certainty: 'inferred',
    method: 'publication-date',
  };
}

export function toEdtf(value: string): string {
  const week = weekEdtf(value);
  if (week) return week;
  // "2025-H1", "2024-Q1", "2024 жылдың көктемінде": an event in a half, a quarter or a season is
  // dated by its year, as the annotators of both evaluation sets date it. A season has no agreed
  // bounds (meteorological or astronomical; whose winter "зимой 2024" is), so no months are
  // invented for it; the season stays in the date's timex, and the app names it (formatEventDate).
  if (/^\d{4}-(?:H[12]|Q[1-4]|SP|SU|FA|WI)$/u.test(value)) return value.slice(0, 4);
  return value.slice(0, 10);
}

export function precisionOf(value: string): Precision {
  const week = weekEdtf(value);
  if (week) return week.includes('/') ? 'interval' : 'month';
  if (/^\d{4}-\d{2}-\d{2}/u.test(value)) return 'day';
  if (/^\d{4}-\d{2}$/u.test(value)) return 'month';
  return 'year';
}

/** Whether a timex value ("2027", "2026-03") lies after an EDTF day or month, at their common precision. */
export function isLaterThan(value: string, edtf: string): boolean {
  if (!/^\d{4}/u.test(value) || !/^\d{4}/u.test(edtf)) return false;
  const n = Math.min(value.length, edtf.length, 10);
  return value.slice(0, n) > edtf.slice(0, n);
}

/** First day an EDTF value can mean, for ordering and "is it after publication" checks. */
export function earliestDay(edtf: string): string | undefined {
  const first = edtf.split('/')[0]!.replace(/\?$/u, '');
  if (first === '..' || first === '') return undefined;
  const season = /^(\d{4})-(2[1-4])$/u.exec(first);
  // (A winter begins in the December before the year it names, as dates/season.ts counts it.)
  if (season?.[2] === '24') return `${+season[1]! - 1}-12-01`;
  if (season) return `${season[1]}-${['03', '06', '09'][+season[2]! - 21]}-01`;
  return (first + '-01-01').slice(0, 10);
}

/** Whether a date lies after the publication date (told as ahead of it). */
export function isAfterPublication(
  date: EventDate | undefined,
  dct: DocumentDate | undefined,
): boolean {
  const day = date && earliestDay(date.edtf);
  return dct !== undefined && day !== undefined && day > (dct.to ?? dct.from);
}

/** Text (from the sentence's start) with at least one date and nothing else but prepositions and
 * punctuation. */
function onlyDates(head: string, timexes: readonly DocTimex[], offset: number): boolean {
  let rest = head;
  for (const t of timexes) {
    const [a, b] = [t.start - offset, t.end - offset];
    if (a >= 0 && b <= head.length) rest = rest.slice(0, a) + ' '.repeat(b - a) + rest.slice(b);
  }
  return rest !== head && /^(?:[\s,.:;—–-]|(?<![\p{L}])(?:в|во|с|на)(?![\p{L}]))*$/iu.test(rest);
}

/**
 * Whether an offset of `text` is inside one of its quotations («…», as arguments/quoteSpans.ts pairs
 * them; and speech in "…" or “…”, as dates/quotedClause.ts pairs them).
 */
export function quotations(text: string): (at: number) => boolean {
  const spans = quotationSpansIn(text);
  return (at) => spans.some((q) => q.start <= at && at < q.end);
}
