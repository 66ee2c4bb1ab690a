import { kkGrammar } from '../locales/kk/dates/kkGrammar';
import { ruGrammar } from '../locales/ru/dates/ruGrammar';
import { anniversaries } from './anniversary';
import { fillContextYears } from './contextYear';
import { yearsOfThisDay, type ThisDaySection } from './thisDaySection';
import { fullDateTense } from './fullDateTense';
import { inClauseOfSpeech } from './quotedClause';
import { weekdayAppositions, weekdaysOfToldDay } from './weekdayApposition';
import { namedPeriods } from './namedPeriods';
import { rangeEnds } from './rangeEnds';
import { asInterval } from './interval';
import { findAll } from './findAll';
import { isPossible, isWritableValue } from './isPossible';
import { appositionDays } from './dayWordApposition';
import { anchorNextDays, isLater, isNextDay, isSameDay, STAND_IN_DCT } from './nextDay';
import { yearsFromChronology, type ChronologyRun } from './chronology';
import { yearsFromNarrative } from './narrativeYear';
import { yearsFromRecall, type MonthYears } from './recallYear';
import { yearsFromSentence } from './sentenceYear';
import { yearsFromCoordination } from './coordinatedYear';
import { resolveReading } from './resolveReading';
import type { Grammar } from './tagger';
import type { CharMatch } from '../locales/common/numericDateTagger';
import type { TagOptions, Timex } from './timex';
import { parseDct, type Ymd } from './utcCalendar';

/** The date grammar of each language (its tense cues are read by datelineYear.ts too). */
export const GRAMMARS: Record<TagOptions['lang'], Grammar> = { kk: kkGrammar, ru: ruGrammar };

const IN_WORD = /[\p{L}\p{N}\p{M}]/u;
const PARTICLE = /^-[\p{L}\p{M}]+/u;

/** Grows [start, end) to whole words, so a span never cuts a word ("2020-сыншы"). */
function toWholeWords(text: string, start: number, end: number): [number, number] {
  while (start > 0 && IN_WORD.test(text[start - 1]!)) start -= 1;
  while (end < text.length && IN_WORD.test(text[end]!)) end += 1;
  // A glued particle after a hyphen ("жартысында-ақ") is part of the word.
  if (text[end] === '-' && /\p{L}/u.test(text[end - 1] ?? '')) {
    const particle = PARTICLE.exec(text.slice(end));
    if (particle) end += particle[0].length;
  }
  return [start, end];
}

/** The last DCT parsed: a corpus is tagged paragraph by paragraph with one DCT per article. */
let lastDct: { text: string; ymd: Ymd } | undefined;
function dctOf(text: string): Ymd {
  if (lastDct?.text !== text) lastDct = { text, ymd: parseDct(text) };
  return { ...lastDct.ymd };
}

/**
 * Finds and normalises the date expressions of a Kazakh or Russian text. Values are resolved
 * against `dct` (never the clock); without it, year-less dates take a year the text states
 * elsewhere (`anchor: 'context'`, see fillContextYears) or keep X placeholders.
 * @example tagDates('2022 жылы 5 наурызда съезд өтті.', { lang: 'kk' })[0].value // '2022-03-05'
 */
export function tagDates(text: string, options: TagOptions): Timex[] {
  const dct = options.dct === undefined ? undefined : dctOf(options.dct.slice(0, 10));
  const grammar = GRAMMARS[options.lang];
  const found = withHeadings(
    findAll(text, grammar),
    grammar.headings?.(text, options.after),
  ).filter(({ start, end, reading }) => isPossible(reading) && !grammar.inName?.(text, start, end));
  const standIn = new Map<Timex, string>();
  const timexes = found.map(({ start: s, end: e, reading }) => {
    const [start, end] = toWholeWords(text, s, e);
    const isYearless =
      reading.kind === 'cal' &&
      reading.parts.year === undefined &&
      reading.parts.decade === undefined &&
      reading.parts.century === undefined;
    // (A day of an unnamed month, "5-го числа", takes its month by the tense as well.)
    const direction =
      isYearless || (reading.kind === 'rel' && reading.monthByTense === true)
        ? ((reading.kind === 'cal' ? reading.dir : undefined) ??
          inClauseOfSpeech(text, start, end, grammar.direction) ??
          headingTense(text, start, end, grammar, options.after))
        : undefined;
    const resolved = resolveReading(reading, dct, direction);
    // "ертең" against 9999-12-31 would be year 10000: only the direction can be said.
    if (!isWritableValue(resolved.value) || !isWritableValue(resolved.endValue ?? '')) {
      resolved.value = resolved.value.startsWith('-') ? 'PAST_REF' : 'FUTURE_REF';
      resolved.granularity = 'ref';
      delete resolved.endValue;
    }
    const timex: Timex = { start, end, text: text.slice(start, end), ...resolved };
    if (direction) timex.direction = direction;
    // "сол күні", "на следующий день": whether their clause tells what was done or what lies
    // ahead decides which day the story told they count from (nextDay.ts).
    else if (isNextDay(timex, options.lang) || isSameDay(timex, options.lang)) {
      // (Read from the word's end: "на" before "следующий день" is no target's "на 6 октября".)
      const clause = inClauseOfSpeech(text, end, end, grammar.direction);
      if (clause) timex.direction = clause;
    }
    // With no publication date, "four days later" is still four days: counted from a stand-in
    // day, so that a story can count it from the day it told (nextDay.ts).
    if (!dct && resolved.granularity === 'ref' && isLater(timex.text, options.lang))
      standIn.set(timex, resolveReading(reading, STAND_IN_DCT, direction).value);
    return timex;
  });
  // Growing to whole words can make neighbours overlap ("бүгін16-наурызда"): the first one stays.
  const kept: number[] = [];
  timexes.forEach((t, k) => {
    const prev = kept.at(-1);
    if (prev === undefined || timexes[prev]!.end <= t.start) kept.push(k);
  });
  // "Келесі күні", "на следующий день" count from the day told before them, not from the DCT.
  // A year-less date takes the year its sentence states before it (sentenceYear.ts).
  const anchored = anchorNextDays(
    text,
    yearsFromNarrative(
      text,
      yearsFromSentence(
        text,
        // "2019 жылы осы күні", "в этот день в 2019 году": the publication's day in that year.
        // "в марте и апреле 2020 года": the year after the last member is every member's.
        yearsFromCoordination(
          text,
          anniversaries(
            text,
            kept.map((k) => timexes[k]!),
            options.lang,
            dct,
          ),
          options.lang,
        ),
        options.lang,
      ),
      options.lang,
    ),
    options.lang,
    options.before,
    dct,
    standIn,
    options.beforeYear,
  );
  // "Накануне, 27 ноября": the day word is the date written after it.
  // A whole article's lines read as its paragraphs: chronologies and recalls (as stages/dates.ts).
  const out = acrossLines(options.lang, text, appositionDays(options.lang, text, anchored), dct);
  // Without a publication date, a year the text states elsewhere may fix a year-less date.
  // "в субботу, 28 сентября": the weekday tells the date's year, and the weekday is that date.
  // "с 9 сентября по 5 октября": a span starts no later than it ends.
  // With no publication date, a bare weekday is the day the story told, when that day is one.
  const tense = (t: Timex) => fullDateTense(options.lang, text, t);
  const named = weekdayAppositions(text, dct ? out : fillContextYears(out, text, tense));
  // "Қаңтар оқиғасы" is January 2022, not the January nearest the publication.
  const periods = namedPeriods(options.lang, text, named, dct);
  // "2022-2023 жылдары", "16-17 июня": a range's value is the interval of its two ends.
  return rangeEnds(
    text,
    dct ? periods : weekdaysOfToldDay(periods, options.before),
    dct,
    grammar.spanByVerbs,
  ).map(asInterval);
}

/**
 * Applies the refiners that read across paragraphs (a chronology's year, the month a recall is in,
 * a "this day in history" section)
 * to a text of several lines, each line a paragraph as the extractor reads them.
 */
function acrossLines(
  lang: TagOptions['lang'],
  text: string,
  timexes: Timex[],
  dct: Ymd | undefined,
): Timex[] {
  if (!text.includes('\n')) return timexes;
  const run: ChronologyRun = {};
  const section: ThisDaySection = {};
  const months: MonthYears = new Map();
  const out: Timex[] = [];
  let k = 0;
  let start = 0;
  for (const line of text.split('\n')) {
    const end = start + line.length;
    const inLine: Timex[] = [];
    while (k < timexes.length && timexes[k]!.start < end + 1) inLine.push(timexes[k++]!);
    // The refiners read offsets into the paragraph.
    const local = inLine.map((t) => ({ ...t, start: t.start - start, end: t.end - start }));
    const anniversaries = yearsOfThisDay(lang, line, local, section, dct);
    const refined = yearsFromRecall(
      lang,
      line,
      yearsFromChronology(line, anniversaries, run),
      months,
    );
    for (const t of refined) out.push({ ...t, start: t.start + start, end: t.end + start });
    start = end + 1;
  }
  return out;
}

/** The matches with the headings none of them overlaps, in text order. */
function withHeadings(found: CharMatch[], headings: readonly CharMatch[] = []): CharMatch[] {
  const fresh = headings.filter((h) => !found.some((f) => f.start < h.end && h.start < f.end));
  return fresh.length ? [...found, ...fresh].sort((a, b) => a.start - b.start) : found;
}

/** What may stand before and after a date that is a heading. */
const BESIDE_HEADING = /^[\s–—-]$/u;
const AFTER_HEADING = /^[\s.:–—-]$/u;

/**
 * A date that is a heading, alone on its line ("Январь", "Қаңтар:" over what the month brought in a
 * year's review): no verb of its own, so its tense is the one the line under it tells.
 */
function headingTense(
  text: string,
  start: number,
  end: number,
  grammar: Grammar,
  after?: string,
): 'past' | 'future' | undefined {
  // (Read from the date outwards, only over what may stand beside a heading: searching for the
  // line's ends read a whole 5 MB one-line article once per date.)
  let before = start;
  while (before > 0 && text[before - 1] !== '\n' && BESIDE_HEADING.test(text[before - 1]!))
    before--;
  if (before > 0 && text[before - 1] !== '\n') return undefined;
  let found = end;
  while (found < text.length && text[found] !== '\n' && AFTER_HEADING.test(text[found]!)) found++;
  if (found < text.length && text[found] !== '\n') return undefined;
  if (found === text.length) found = -1;
  // (A heading that is a paragraph of its own is over the paragraph after it.)
  if (found < 0) return after === undefined ? undefined : grammar.direction(after, 0, 0);
  return grammar.direction(text, found + 1, found + 1);
}
