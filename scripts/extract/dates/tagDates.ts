import { kkGrammar } from '../locales/kk/dates/kkGrammar';
import { ruGrammar } from '../locales/ru/dates/ruGrammar';
import { findAll } from './findAll';
import { resolveReading } from './resolveReading';
import type { Grammar } from './tagger';
import type { TagOptions, Timex } from './timex';
import { parseDct, type Ymd } from './utcCalendar';

const GRAMMARS: Record<TagOptions['lang'], Grammar> = { kk: kkGrammar, ru: ruGrammar };

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
 * against `dct` (never the clock); without it, year-less dates keep X placeholders.
 * @example tagDates('2022 жылы 5 наурызда съезд өтті.', { lang: 'kk' })[0].value // '2022-03-05'
 */
export function tagDates(text: string, options: TagOptions): Timex[] {
  const dct = options.dct === undefined ? undefined : dctOf(options.dct.slice(0, 10));
  const grammar = GRAMMARS[options.lang];
  return findAll(text, grammar).map(({ start: s, end: e, reading }) => {
    const [start, end] = toWholeWords(text, s, e);
    const yearless =
      reading.kind === 'cal' &&
      reading.parts.year === undefined &&
      reading.parts.decade === undefined &&
      reading.parts.century === undefined;
    const direction = yearless ? (reading.dir ?? grammar.direction(text, end)) : undefined;
    const timex: Timex = {
      start,
      end,
      text: text.slice(start, end),
      ...resolveReading(reading, dct, direction),
    };
    if (direction) timex.direction = direction;
    return timex;
  });
}
