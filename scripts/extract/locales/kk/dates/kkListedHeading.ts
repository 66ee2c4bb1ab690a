/**
 * A Kazakh heading that lists a month and its year with a comma: "Маусым, 2022", "Маусым, 2022
 * ж.", "2022 жыл, маусым". Both stand in the nominative (no case ending: a heading names the
 * month, it does not place a deed in it), and the heading is its whole sentence
 * (isWholeSentence). Without the comma the calendar reads them ("Маусым 2022", "2022 жылғы
 * маусым"); with it the month alone is one of the ambiguous words ("Маусым": a season too) and
 * the year ends its phrase at the comma.
 */
import type { TokenMatch } from '../../../dates/tagger';
import type { Token } from '../../../dates/tokenize';
import { isWholeSentence } from '../../common/listedHeading';
import { KK_MONTHS } from './kkLexicon';

/** A month's name in the nominative ("қыркүйег" is only a stem before an ending). */
function nominativeMonth(t: Token | undefined): number | undefined {
  if (t?.kind !== 'word' || t.low === 'қыркүйег') return undefined;
  return KK_MONTHS.get(t.low);
}

/** A year in four digits, with "жыл" or "ж." in the nominative or bare; the index after it. */
function nominativeYear(
  tokens: readonly Token[],
  i: number,
): { year: number; next: number } | null {
  const t = tokens[i];
  // (Not a year with an ending glued on: "2022-де" is in a case.)
  const glued = tokens[i + 1]?.glued === true && tokens[i + 1]!.kind !== 'punct';
  if (t?.kind !== 'number' || t.text.length !== 4 || glued) return null;
  const year = Number(t.text);
  if (year < 1000 || year > 2100) return null;
  const word = tokens[i + 1]?.low;
  if (word === 'жыл') return { year, next: i + 2 };
  if (word === 'ж') return { year, next: tokens[i + 2]?.text === '.' ? i + 3 : i + 2 };
  return { year, next: i + 1 };
}

export function kkListedHeadingAt(tokens: readonly Token[], i: number): TokenMatch | null {
  const first = nominativeMonth(tokens[i]);
  if (first !== undefined && tokens[i + 1]?.text === ',') {
    const y = nominativeYear(tokens, i + 2);
    if (!y || !isWholeSentence(tokens, i, y.next)) return null;
    return { from: i, to: y.next, reading: { kind: 'cal', parts: { year: y.year, month: first } } };
  }
  const y = nominativeYear(tokens, i);
  if (!y || tokens[y.next]?.text !== ',') return null;
  const month = nominativeMonth(tokens[y.next + 1]);
  if (month === undefined || !isWholeSentence(tokens, i, y.next + 2)) return null;
  return { from: i, to: y.next + 2, reading: { kind: 'cal', parts: { year: y.year, month } } };
}
