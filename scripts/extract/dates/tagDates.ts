import { numericDateTagger, type CharMatch } from '../locales/common/numericDateTagger';
import { kkGrammar } from '../locales/kk/dates/kkGrammar';
import { ruGrammar } from '../locales/ru/dates/ruGrammar';
import { findMatches } from './findMatches';
import { resolveReading } from './resolveReading';
import type { Grammar } from './tagger';
import type { TagOptions, Timex } from './timex';
import { tokenize } from './tokenize';
import { parseDct } from './utcCalendar';

const GRAMMARS: Record<TagOptions['lang'], Grammar> = { kk: kkGrammar, ru: ruGrammar };

/** Grows [start, end) to whole words, so a span never cuts a word ("2020-сыншы"). */
function toWholeWords(text: string, start: number, end: number): [number, number] {
  const inWord = /[\p{L}\p{N}\p{M}]/u;
  while (start > 0 && inWord.test(text[start - 1]!)) start -= 1;
  while (end < text.length && inWord.test(text[end]!)) end += 1;
  // A glued particle after a hyphen ("жартысында-ақ") is part of the word.
  const particle = /^-[\p{L}\p{M}]+/u.exec(text.slice(end));
  if (particle && /\p{L}/u.test(text[end - 1] ?? '')) end += particle[0].length;
  return [start, end];
}

/** Joins two start-sorted lists; a token match that overlaps a numeric date gives way to it. */
function mergeByStart(numeric: CharMatch[], fromTokens: CharMatch[]): CharMatch[] {
  const out: CharMatch[] = [];
  let k = 0;
  for (const c of fromTokens) {
    while (k < numeric.length && numeric[k]!.end <= c.start) out.push(numeric[k++]!);
    const n = numeric[k];
    if (n && n.start < c.end) continue;
    out.push(c);
  }
  while (k < numeric.length) out.push(numeric[k++]!);
  return out;
}

/**
 * Finds and normalises the date expressions of a Kazakh or Russian text. Values are resolved
 * against `dct` (never the clock); without it, year-less dates keep X placeholders.
 * @example tagDates('2022 жылы 5 наурызда съезд өтті.', { lang: 'kk' })[0].value // '2022-03-05'
 */
export function tagDates(text: string, options: TagOptions): Timex[] {
  const dct = options.dct === undefined ? undefined : parseDct(options.dct.slice(0, 10));
  const grammar = GRAMMARS[options.lang];
  const tokens = tokenize(text);
  const numeric = numericDateTagger(text);
  const fromTokens: CharMatch[] = findMatches(tokens, grammar).map((m) => ({
    start: tokens[m.from]!.start,
    end: tokens[m.to - 1]!.end,
    reading: m.reading,
  }));
  const all = mergeByStart(numeric, fromTokens);
  return all.map(({ start: s, end: e, reading }) => {
    const [start, end] = toWholeWords(text, s, e);
    const yearless =
      reading.kind === 'cal' &&
      reading.parts.year === undefined &&
      reading.parts.decade === undefined;
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
