import type { Token } from '../../../dates/tokenize';
import type { WordAt } from './kkWordAt';
import { readKkNumber } from './readKkNumber';

/**
 * Month abbreviations: "21 сәу, 2022", "5 қаз.", "қаң. 5-інде", "наур. 8-і". The short forms
 * (three letters) and the longer ones of print ("наур.", "қырк.", "желт.") both.
 */
const ABBREVIATIONS: ReadonlyMap<string, number> = new Map([
  ['қаң', 1], ['қаңт', 1], ['ақп', 2], ['нау', 3], ['наур', 3], ['сәу', 4], ['мам', 5], ['мау', 6],
  ['маус', 6], ['шіл', 7], ['там', 8], ['қыр', 9], ['қырк', 9], ['қаз', 10], ['қар', 11],
  ['жел', 12], ['желт', 12],
]); // prettier-ignore

/** The abbreviations, for the sentence splitter: their full stop is no sentence's end in a date. */
export const KK_MONTH_ABBREVIATIONS: ReadonlySet<string> = new Set(ABBREVIATIONS.keys());

const dotAt = (tokens: readonly Token[], i: number) =>
  tokens[i]?.text === '.' && tokens[i]!.glued === true;

/**
 * An abbreviated month after a day. With its dot it is an abbreviation wherever it stands ("5
 * қаң. заң қабылданды"); without it, only where the phrase ends with it (a year, punctuation or
 * the end follows), since "қаз" is also a goose, "там" a wall, "жел" wind and "қар" snow ("5 қаз
 * ұшып келді").
 */
export function kkMonthAbbreviationAt(tokens: readonly Token[], i: number): WordAt<number> | null {
  const t = tokens[i];
  const value = t?.kind === 'word' ? ABBREVIATIONS.get(t.low) : undefined;
  if (value === undefined) return null;
  const dot = dotAt(tokens, i + 1);
  const next = dot ? i + 2 : i + 1;
  const after = tokens[next];
  const yearAfter = (k: number) => tokens[k]?.kind === 'number' && tokens[k]!.text.length === 4;
  const ends =
    dot ||
    after === undefined ||
    after.kind === 'dash' ||
    (after.kind === 'punct' && (after.text !== ',' || yearAfter(next + 1))) ||
    yearAfter(next);
  return ends ? { value, genitive: false, low: t!.low, next } : null;
}

/**
 * Month first, abbreviated with its dot, then the day with its ending: "қаң. 5-інде", "ақп.
 * 12-сіне", "наур. 8-і". The ending on the day is the date's possessive and case, as on
 * "қаңтардың 5-інде"; a number after the dot without one ("жел. 5 адам", "жел. 5-інші қабат")
 * may start the next sentence, and no abbreviation is read as a month without its dot.
 */
export function kkAbbreviatedMonthFirstAt(
  tokens: readonly Token[],
  i: number,
): { month: number; day: number; endDay?: number; next: number } | null {
  const t = tokens[i];
  const month = t?.kind === 'word' ? ABBREVIATIONS.get(t.low) : undefined;
  if (month === undefined || !dotAt(tokens, i + 1)) return null;
  const d = readKkNumber(tokens, i + 2);
  if (!d || d.digits === undefined || d.digits.length > 2 || d.tail === '') return null;
  const isDay = (v: number | undefined) => v === undefined || (v >= 1 && v <= 31);
  if (!isDay(d.value) || !isDay(d.endValue)) return null;
  return { month, day: d.value, ...(d.endValue ? { endDay: d.endValue } : {}), next: d.next };
}
