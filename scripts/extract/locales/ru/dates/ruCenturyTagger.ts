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

/** An ordinal ending glued after a dash, as after digits: "XX-м", "XX-го", "XXI-й", "XIX-му". */
const ENDING = /^(?:[оыи]?й|[оыі]?го|[оы]?му|[оы]?м|ая|ое|ые)$/u;

/** Where a Roman numeral's writing ends, `i` being the token after it: past "-м", "-го". */
function romanEnd(tokens: readonly Token[], i: number): number {
  const [dash, ending] = [tokens[i], tokens[i + 1]];
  const glued = dash?.kind === 'dash' && dash.glued === true && ending?.glued === true;
  return glued && ending.kind === 'word' && ENDING.test(ending.low) ? i + 2 : i;
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
  let j = ord ? ord.next : romanEnd(tokens, i + 1);
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
