import type { CalParts } from '../../../dates/reading';
import type { TokenMatch } from '../../../dates/tagger';
import type { Token } from '../../../dates/tokenize';
import { readRoman } from '../../common/readRoman';
import { readRuOrdinal } from './readRuOrdinal';

/** Century numerals are written in capitals: "XXI", "ХХ" (Cyrillic). */
function romanAt(tokens: readonly Token[], i: number): number | undefined {
  const t = tokens[i];
  if (t?.kind !== 'word' || !/^[xivхі]+$/u.test(t.low) || t.text !== t.text.toUpperCase())
    return undefined;
  const v = readRoman(t.low);
  return v !== undefined && v >= 1 && v <= 30 ? v : undefined;
}

/**
 * Centuries: "XX век", "в XXI веке", "XIX–XX веков", "ХХ столетия", "двадцатого века". The 20th century is TIMEX3
 * "19" (its years' first digits). Counts ("пять веков") stay durations of the relative tagger.
 * @example ruCenturyTagger(tokenize('XXI веке'), 0)?.reading // { kind: 'cal', parts: { century: 20 } }
 */
export function ruCenturyTagger(tokens: readonly Token[], i: number): TokenMatch | null {
  const ord = romanAt(tokens, i) === undefined ? readRuOrdinal(tokens, i) : null;
  const first = ord ? ord.value : romanAt(tokens, i);
  if (first === undefined) return null;
  let j = ord ? ord.next : i + 1;
  let end: CalParts | undefined;
  const second = tokens[j]?.kind === 'dash' ? romanAt(tokens, j + 1) : undefined;
  if (second !== undefined && second > first) {
    end = { century: second - 1 };
    j += 2;
  }
  const word = tokens[j];
  if (
    word?.kind !== 'word' ||
    !/^(?:век|века|веке|веком|веку|веков|веках|столети[еяю])$/u.test(word.low)
  )
    return null;
  return {
    from: i,
    to: j + 1,
    reading: { kind: 'cal', parts: { century: first - 1 }, ...(end && { end }) },
  };
}
