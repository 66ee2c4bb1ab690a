import type { CalParts, YearPart, Reading } from '../../../dates/reading';
import type { TokenMatch } from '../../../dates/tagger';
import type { Token } from '../../../dates/tokenize';
import { lastOfDayList } from '../../common/dayList';
import { bareYearHeadingAt, isWholeSentence } from '../../common/listedHeading';
import { readRuOrdinal } from './readRuOrdinal';
import { ruDateNamesPlace } from './ruDatePlaceName';
import { readRuDecade, readRuDecadePair } from './ruDecade';
import { ruModifier, ruMonth, ruMonthAbbreviation, ruPart, ruSeason, ruUnit } from './ruLexicon';

const isYear = (t: Token | undefined) =>
  t?.kind === 'number' && t.text.length === 4 && Number(t.text) >= 1000 && Number(t.text) <= 2100;
const isDayNumber = (t: Token | undefined) =>
  t?.kind === 'number' && t.text.length <= 2 && Number(t.text) >= 1 && Number(t.text) <= 31;

/**
 * An ordinal's case ending glued to a number: "1-го марта", "к 20-му апреля", "5-ое мая", "о
 * 20-ом", "в 2015-м", "2015-ый год" (short and full forms of every case).
 */
const skipOrdinalEnding = (tokens: readonly Token[], j: number) =>
  tokens[j]?.kind === 'dash' &&
  tokens[j]!.glued &&
  tokens[j + 1]?.glued &&
  /^(?:о?го|о?е|о?м|ы?й|о?му|ым)$/u.test(tokens[j + 1]?.low ?? '')
    ? j + 2
    : j;

/** "г." abbreviates "год" in every case and "гг." its plural, which ends a range or list of years
 * ("2021–2022 гг."); "годами", the instrumental plural ("между 2020 и 2022 годами"), is no unit of
 * a count, so ruUnit leaves it out. */
const YEAR_ABBREVIATION = /^г{1,2}$/u;
const isYearWord = (w: Token | undefined) =>
  YEAR_ABBREVIATION.test(w?.low ?? '') || w?.low === 'годами' || ruUnit(w) === 'Y';

/**
 * The year of a larger date (a day and month, a half, `needWord` false) stands in the genitive,
 * "5 марта 2026 года"; in another case, "5 марта 2026 год был назван Годом …", it is a phrase of
 * its own (there the object named), and the day before it a date without it.
 */
const YEAR_NOT_GENITIVE = /^год(?:у|ом|е)?$/u;

/** A year in digits with "года"/"г."; `needWord` false also takes it bare or after a comma. */
function readYear(
  tokens: readonly Token[],
  i: number,
  needWord: boolean,
): { year: number; next: number } | null {
  const comma = !needWord && tokens[i]?.text === ',' ? 1 : 0;
  if (!isYear(tokens[i + comma])) return null;
  let j = i + comma + 1;
  const ordinal = skipOrdinalEnding(tokens, j);
  const w = tokens[ordinal];
  if (isYearWord(w)) {
    if (!needWord && YEAR_NOT_GENITIVE.test(w!.low)) return null;
    j = ordinal + 1;
    if (YEAR_ABBREVIATION.test(w!.low) && tokens[j]?.text === '.') j += 1;
  } else if (ordinal > j)
    j = ordinal; // "в 2015-м": the ending says it is a year
  else if (needWord) return null;
  return { year: Number(tokens[i + comma]!.text), next: j };
}

/** A day: "5", "1-го", "первого", "двадцать первого". */
function readDay(tokens: readonly Token[], i: number): { day: number; next: number } | null {
  if (isDayNumber(tokens[i]))
    return { day: Number(tokens[i]!.text), next: skipOrdinalEnding(tokens, i + 1) };
  const ord = readRuOrdinal(tokens, i);
  return ord && ord.value <= 31 ? { day: ord.value, next: ord.next } : null;
}

/** A month after a day: a full form, or an abbreviation ("19 мар", "12 ИЮН") that ends the
 * phrase (a year, punctuation or the end follows), so that "5 мар…" words are not months. */
function monthAfterDay(
  tokens: readonly Token[],
  j: number,
): { month: number; next: number } | null {
  const full = ruMonth(tokens[j]);
  if (full !== undefined) return { month: full, next: j + 1 };
  const short = ruMonthAbbreviation(tokens[j]);
  if (short === undefined) return null;
  const next = tokens[j + 1]?.text === '.' ? j + 2 : j + 1;
  const after = tokens[next];
  const ends = after === undefined || after.kind === 'punct' || after.kind === 'dash';
  return ends || isYear(after) ? { month: short, next } : null;
}

/**
 * "15–16 марта", "с 5 по 7 июня", "5, 6 и 7 мая" (the span starts at the first day and ends at
 * the last, each day later than the one before), "5 марта".
 */
function readDayMonth(tokens: readonly Token[], i: number) {
  const first = readDay(tokens, i);
  if (!first) return null;
  let j = first.next;
  let end: number | undefined;
  const link = tokens[j];
  if (link?.kind === 'dash' || link?.low === 'по' || link?.low === 'и') {
    const second = readDay(tokens, j + 1);
    if (second && second.day > first.day) {
      end = second.day;
      j = second.next;
    }
  } else if (link?.text === ',') {
    const list = lastOfDayList(tokens, j, first.day, readDay, (w) => w === 'и');
    if (list) [end, j] = [list.day, list.next];
  }
  const month = monthAfterDay(tokens, j);
  if (!month) return null;
  const parts: CalParts = { day: first.day, month: month.month };
  return { parts, end: end === undefined ? undefined : { day: end }, next: month.next };
}

/** "этого года", "прошлого года" after a day and month: the year relative to the DCT. */
function relativeYear(tokens: readonly Token[], j: number, then: CalParts): TokenMatch | null {
  const mod = ruModifier(tokens[j]);
  if (typeof mod !== 'number' || ruUnit(tokens[j + 1]) !== 'Y') return null;
  const reading: Reading = { kind: 'rel', unit: 'Y', offset: mod, then };
  return { from: -1, to: j + 2, reading };
}

/** "октябрь 7, 2022": month first, as English-style headers write it; the year is required. */
function readMonthFirst(tokens: readonly Token[], i: number): TokenMatch | null {
  const month = ruMonth(tokens[i]);
  if (month === undefined || !isDayNumber(tokens[i + 1]) || tokens[i + 2]?.text !== ',')
    return null;
  const y = readYear(tokens, i + 2, false);
  if (!y) return null;
  const parts = { month, day: Number(tokens[i + 1]!.text), year: y.year };
  return { from: i, to: y.next, reading: { kind: 'cal', parts } };
}

const ORDINALS: ReadonlyArray<[RegExp, number]> = [
  [/^(?:перв\p{L}+|i)$/u, 1],
  [/^(?:втор\p{L}+|ii)$/u, 2],
  [/^(?:трет\p{L}+|iii)$/u, 3],
  [/^(?:четв[её]рт\p{L}+|iv)$/u, 4],
];

/**
 * "первой половине 2025 года", "во втором полугодии 2024 года", "в I квартале 2024 года",
 * "первой половине этого года": a half or a quarter of a year the text names.
 */
function readHalfOrQuarter(tokens: readonly Token[], i: number): TokenMatch | null {
  const n = ORDINALS.find(([re]) => re.test(tokens[i]?.low ?? ''))?.[1];
  const word = tokens[i + 1]?.low ?? '';
  if (n === undefined) return null;
  const yearPart: YearPart | undefined = /^(?:половин|полугоди)/u.test(word)
    ? n <= 2
      ? (`H${n}` as YearPart)
      : undefined
    : /^квартал/u.test(word)
      ? (`Q${n}` as YearPart)
      : undefined;
  if (!yearPart) return null;
  const y = readYear(tokens, i + 2, false);
  if (y)
    return { from: i, to: y.next, reading: { kind: 'cal', parts: { year: y.year, yearPart } } };
  const rel = relativeYear(tokens, i + 2, { yearPart });
  return rel ? { ...rel, from: i } : null;
}

/**
 * The link between two months of one span: a dash ("в октябре-январе"), or "по"/"до" after a
 * start the preposition "с"/"со"/"от" opens ("с октября по январь", "с марта до мая").
 */
function linksMonths(tokens: readonly Token[], i: number): boolean {
  const link = tokens[i + 1];
  if (link?.kind === 'dash') return true;
  return /^(?:по|до)$/u.test(link?.low ?? '') && /^(?:с|со|от)$/u.test(tokens[i - 1]?.low ?? '');
}

/** "марта", "в октябре-январе", "с октября по январь" (a range may cross the new year),
 * "весной 2022 года". */
function readMonthOrSeason(
  tokens: readonly Token[],
  i: number,
): { parts: CalParts; end?: CalParts; next: number } | null {
  const month = ruMonth(tokens[i]);
  if (month !== undefined) {
    const second = linksMonths(tokens, i) ? ruMonth(tokens[i + 2]) : undefined;
    if (second !== undefined && second !== month)
      return { parts: { month }, end: { month: second }, next: i + 3 };
    return { parts: { month }, next: i + 1 };
  }
  const season = ruSeason(tokens[i]);
  return season === undefined ? null : { parts: { season }, next: i + 1 };
}

/** The date from `i` to `next` names the place noun before it (the month's letters tell). */
function namesPlace(tokens: readonly Token[], i: number, next: number): boolean {
  for (let k = i; k < next; k++)
    if (ruMonth(tokens[k]) !== undefined) return ruDateNamesPlace(tokens, i, k);
  return false;
}

/** A year and nothing finer or coarser ("2023 года"), which a part of it may qualify. */
function isYearOnly(p: CalParts): boolean {
  return (
    p.year !== undefined &&
    p.month === undefined &&
    p.day === undefined &&
    p.season === undefined &&
    p.yearPart === undefined &&
    p.decade === undefined &&
    p.century === undefined
  );
}

/**
 * Russian calendar dates, day first: "5 марта 2024 года", "1-го марта", "первого марта",
 * "15–16 марта", "с 5 по 7 июня", "19 мар", "марта 2024 г.", "в октябре-январе", "в 2022 году",
 * "в 2015-м", "2022–2026 годы", "1990-х годах", "весной 2022 года", "Октябрь 7, 2022",
 * "1 марта этого года". Prepositions stay out.
 */
export function ruCalendarTagger(tokens: readonly Token[], i: number): TokenMatch | null {
  // A part of a month: "в начале марта", "в конце сентября этого года".
  const partOf = ruPart(tokens[i]);
  if (partOf) {
    const rest = readMonthOfPart(tokens, i + 1);
    if (rest) return { ...rest, from: i, reading: { ...rest.reading, mod: partOf } as Reading };
    // "в начале 2023 года", "до конца 2022-го года": a part of a year named by its number. The
    // value stays the year (the part is its mod, never a month made up), and the span covers the
    // qualifier, as it does for a month.
    const year = ruCalendarTagger(tokens, i + 1);
    if (year?.reading.kind === 'cal' && isYearOnly(year.reading.parts))
      return { ...year, from: i, reading: { ...year.reading, mod: partOf } };
  }
  const half = readHalfOrQuarter(tokens, i);
  if (half) return half;
  // (Before the month and the year each read alone: "2022 год, июнь" is one heading.)
  // (And a year alone on its line: "2022" heading a chronicle's entries.)
  const listed = listedMonth(tokens, i) ?? bareYearHeadingAt(tokens, i);
  if (listed) return listed;
  const monthFirst = readMonthFirst(tokens, i);
  if (monthFirst) return monthFirst;
  const dm = readDayMonth(tokens, i);
  const part = dm ?? readMonthOrSeason(tokens, i);
  // "на улице 8 Марта", "проспект 16 Декабря": the date is the name of the place before it.
  if (part && namesPlace(tokens, i, part.next)) return null;
  if (part) {
    const end = part.end;
    const y = readYear(tokens, part.next, false);
    if (y) {
      // (A year written after the end month is its year: "с октября по январь 2025 года" starts
      // in October 2024.)
      const endMonth = end && 'month' in end ? end.month : undefined;
      const crosses = endMonth !== undefined && endMonth < (part.parts.month ?? 0);
      const parts = { ...part.parts, year: crosses ? y.year - 1 : y.year };
      const withYear = end && { end: { ...end, year: y.year } };
      return { from: i, to: y.next, reading: { kind: 'cal', parts, ...withYear } };
    }
    const rel = end ? null : relativeYear(tokens, part.next, part.parts);
    if (rel) return { ...rel, from: i };
    return {
      from: i,
      to: part.next,
      reading: { kind: 'cal', parts: part.parts, ...(end && { end }) },
    };
  }
  // "1990-е годы", "в 1990-х годах", "в 90-е.": a decade, which a year must not take.
  const decade = readRuDecadePair(tokens, i) ?? readRuDecade(tokens, i);
  if (decade) return decade;
  // "2022–2026 годы", "с 2019 по 2022 год".
  const link = tokens[i + 1];
  if (isYear(tokens[i]) && (link?.kind === 'dash' || link?.low === 'по') && isYear(tokens[i + 2])) {
    const y = readYear(tokens, i + 2, true);
    if (y)
      return {
        from: i,
        to: y.next,
        reading: { kind: 'cal', parts: { year: Number(tokens[i]!.text) }, end: { year: y.year } },
      };
  }
  const y = readYear(tokens, i, true);
  return y ? { from: i, to: y.next, reading: { kind: 'cal', parts: { year: y.year } } } : null;
}

/** A year in four digits, bare or with "год" in the nominative or "г."; the index after it. */
function nominativeYear(tokens: readonly Token[], i: number): number | null {
  if (!isYear(tokens[i])) return null;
  const word = tokens[i + 1]?.low;
  if (word === 'год') return i + 2;
  if (word === 'г') return tokens[i + 2]?.text === '.' ? i + 3 : i + 2;
  return i + 1;
}

/**
 * "2022 год, июнь", "2022 г., июнь", "2022, июнь", "Июнь, 2022 год": a heading lists the year and
 * its month, the year in the nominative (isWholeSentence); the month is of that year, one date
 * with it, as "Июнь, 2022 года" (readYear after a month, which takes the genitive).
 */
function listedMonth(tokens: readonly Token[], i: number): TokenMatch | null {
  const first = ruMonth(tokens[i]);
  const yearAt = first !== undefined && tokens[i + 1]?.text === ',' ? i + 2 : i;
  const next = nominativeYear(tokens, yearAt);
  if (next === null) return null;
  const month = first ?? (tokens[next]?.text === ',' ? ruMonth(tokens[next + 1]) : undefined);
  const to = first === undefined ? next + 2 : next;
  if (month === undefined || !isWholeSentence(tokens, i, to)) return null;
  const year = Number(tokens[yearAt]!.text);
  return { from: i, to, reading: { kind: 'cal', parts: { year, month } } };
}

/** The month a part word names ("конце сентября [этого года]"), not a day of it. */
function readMonthOfPart(tokens: readonly Token[], i: number): TokenMatch | null {
  if (!ruMonth(tokens[i])) return null;
  const m = ruCalendarTagger(tokens, i);
  if (!m) return null;
  const r = m.reading;
  const ofMonth =
    (r.kind === 'cal' && r.parts.month !== undefined && r.parts.day === undefined && !r.end) ||
    (r.kind === 'rel' && r.then?.month !== undefined && r.then.day === undefined);
  return ofMonth ? m : null;
}
