/**
 * A year written after a day and month, in day-month-year order: "01 наурыз 2022", "5 наурыз
 * 2022 жыл", "21 сәу, 2022", and with the year in any form the calendar reads elsewhere:
 * "5-інші маусым 2024-інші жылы", "бесінші маусым екі мың жиырма төртінші жылы".
 */
import type { Token } from '../../../dates/tokenize';
import { findKkStem } from './kkForm';
import { KK_MONTHS } from './kkLexicon';
import { kkYearWordAt } from './kkWordAt';
import { readKkNumber } from './readKkNumber';

const isYear = (v: number) => v >= 1000 && v <= 2100;

/**
 * The year after the month that ends before `at`, and the index after it (and after its "жыл"
 * word). Only a month in the nominative takes it: a month in a case ends its adverbial ("5
 * маусымда 2024 адам қатысты": 2024 people). Four bare digits are a year by themselves; a
 * year with an ending or in words needs its "жыл" ("бесінші маусым екі мың адам": people).
 */
export function kkTrailingYearAt(
  tokens: readonly Token[],
  at: number,
): { year: number; next: number } | null {
  const low = tokens[at - 1]?.kind === 'word' ? tokens[at - 1]!.low : '';
  const inflected = /^ай/u.test(low)
    ? !/^ай[ыі]?$/u.test(low)
    : findKkStem(low, KK_MONTHS) !== undefined && !KK_MONTHS.has(low);
  if (inflected) return null;
  const y = readKkNumber(tokens, at);
  if (!y || y.endValue !== undefined || !isYear(y.value)) return null;
  // "5 маусым 2024-те": a year in the locative without "жыл", as readKkYear takes it.
  if (y.digits?.length === 4 && y.value >= 1990 && /^(?:н?да|н?де|та|те)$/u.test(y.tail))
    return { year: y.value, next: y.next };
  if (y.tail !== '') return null;
  const word = kkYearWordAt(tokens, y.next);
  const bare = y.digits?.length === 4 && !y.ordinal;
  if (!bare && !word) return null;
  // "5 маусым 2024 ж.": the abbreviation's point belongs to it, as after a leading year.
  const point = word && /^жж?$/u.test(word.low) && tokens[word.next]?.text === '.';
  const next = word ? word.next + (point && tokens[word.next]!.glued ? 1 : 0) : y.next;
  return { year: y.value, next };
}
