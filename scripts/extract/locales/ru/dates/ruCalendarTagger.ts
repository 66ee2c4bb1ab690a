import type { CalParts } from '../../../dates/reading';
import type { TokenMatch } from '../../../dates/tagger';
import type { Token } from '../../../dates/tokenize';
import { readRuOrdinal } from './readRuOrdinal';
import { ruMonth, ruSeason, ruUnit } from './ruLexicon';

const isYear = (t: Token | undefined) =>
  t?.kind === 'number' && t.text.length === 4 && Number(t.text) <= 2100;
const isDay = (t: Token | undefined) =>
  t?.kind === 'number' && t.text.length <= 2 && Number(t.text) >= 1 && Number(t.text) <= 31;

/** A year in digits with its "года"/"г." (or "-го года"): returns the index after it. */
function readYear(
  tokens: readonly Token[],
  i: number,
  needWord: boolean,
): { year: number; next: number } | null {
  if (!isYear(tokens[i])) return null;
  let j = i + 1;
  if (
    tokens[j]?.kind === 'dash' &&
    tokens[j]!.glued &&
    /^(?:го|й|м)$/u.test(tokens[j + 1]?.low ?? '')
  )
    j += 2;
  const w = tokens[j];
  if (w?.low === 'г' || ruUnit(w) === 'Y') {
    j += 1;
    if (w?.low === 'г' && tokens[j]?.text === '.') j += 1;
  } else if (needWord) return null;
  return { year: Number(tokens[i]!.text), next: j };
}

/**
 * Russian calendar dates, day first: "5 марта 2024 года", "первого марта", "15–16 марта", "марта 2024 г.",
 * "в 2022 году", "2022–2026 годы", "1990-х годах", "весной 2022 года". Prepositions stay out.
 */
export function ruCalendarTagger(tokens: readonly Token[], i: number): TokenMatch | null {
  let j = i;
  const parts: CalParts = {};
  let end: CalParts | undefined;
  if (isDay(tokens[j])) {
    const endDay =
      tokens[j + 1]?.kind === 'dash' && isDay(tokens[j + 2])
        ? Number(tokens[j + 2]!.text)
        : undefined;
    const k = endDay === undefined ? j + 1 : j + 3;
    if (ruMonth(tokens[k]) !== undefined) {
      parts.day = Number(tokens[j]!.text);
      if (endDay !== undefined) end = { day: endDay };
      j = k;
    }
  } else {
    // "первого марта", "двадцать первого ноября": a day in words, only before a month.
    const ord = readRuOrdinal(tokens, j);
    if (ord && ord.value <= 31 && ruMonth(tokens[ord.next]) !== undefined) {
      parts.day = ord.value;
      j = ord.next;
    }
  }
  const month = ruMonth(tokens[j]);
  const season = month === undefined ? ruSeason(tokens[j]) : undefined;
  if (month !== undefined) parts.month = month;
  if (season !== undefined) parts.season = season;
  if (month !== undefined || season !== undefined) {
    j += 1;
    const y = readYear(tokens, j, false);
    if (y)
      return {
        from: i,
        to: y.next,
        reading: { kind: 'cal', parts: { ...parts, year: y.year }, end },
      };
    return { from: i, to: j, reading: { kind: 'cal', parts, end } };
  }
  // "1990-х годах": a decade.
  if (
    isYear(tokens[i]) &&
    tokens[i + 1]?.kind === 'dash' &&
    tokens[i + 2]?.low === 'х' &&
    ruUnit(tokens[i + 3]) === 'Y'
  ) {
    return {
      from: i,
      to: i + 4,
      reading: { kind: 'cal', parts: { decade: Math.floor(Number(tokens[i]!.text) / 10) } },
    };
  }
  if (isYear(tokens[i]) && tokens[i + 1]?.kind === 'dash' && isYear(tokens[i + 2])) {
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
