import type { YearPart } from '../../../dates/reading';
import type { Token } from '../../../dates/tokenize';
import { isKkForm } from './kkForm';
import { readKkNumber } from './readKkNumber';

/**
 * Which quarter or half an ordinal names. Reports write it as a word ("бірінші"), in digits
 * ("1-інші", "2-ші"), in Roman numerals in either script ("I", "ІІ": Kazakh і is Cyrillic), or
 * as "алғашқы" (first) and "соңғы" (last, the fourth quarter or second half).
 */
const ROMAN: ReadonlyMap<string, number> = new Map([
  ['i', 1],
  ['ii', 2],
  ['iii', 3],
  ['iv', 4],
  ['і', 1],
  ['іі', 2],
  ['ііі', 3],
  ['іv', 4],
]);

function ordinalAt(
  tokens: readonly Token[],
  i: number,
): { n: number | 'last'; next: number } | null {
  const low = tokens[i]?.low ?? '';
  if (low === 'алғашқы') return { n: 1, next: i + 1 };
  if (low === 'соңғы') return { n: 'last', next: i + 1 };
  const roman = tokens[i]?.kind === 'word' ? ROMAN.get(low) : undefined;
  if (roman !== undefined) return { n: roman, next: i + 1 };
  // "1-тоқсанда", "2-жартыжылдықта": the glued dash stands for the ordinal ending, as in
  // "90-жылдары".
  const [digit, dash, noun] = [tokens[i], tokens[i + 1], tokens[i + 2]];
  if (digit?.kind === 'number' && /^[1-4]$/u.test(digit.text) && dash?.kind === 'dash')
    if (dash.glued && noun?.glued === true && (isQuarter(noun.low) || isHalf(noun.low)))
      return { n: Number(digit.text), next: i + 2 };
  const num = readKkNumber(tokens, i);
  if (!num || !num.ordinal || num.tail !== '' || num.endValue !== undefined) return null;
  return num.value >= 1 && num.value <= 4 ? { n: num.value, next: num.next } : null;
}

/** "тоқсанында", "тоқсандағы": a quarter in any case (after an ordinal "тоқсан" is not 90). */
const isQuarter = (low: string) => isKkForm(low, 'тоқсан');
/** "жартыжылдықта", "жартыжылдығында", "жартысында": a half of the year. */
const isHalf = (low: string) =>
  isKkForm(low, 'жартыжылдық') || /^жартыжылдығ/u.test(low) || /^жартыс[ыі]/u.test(low);

/**
 * "бірінші тоқсанында", "1-інші тоқсанда", "ІІ тоқсанда", "екінші жартыжылдықта", "соңғы
 * тоқсанында": a quarter or half of the year just named ("2024 жылдың", "биылғы", "өткен
 * жылғы"), which KazNERD marks as one span with that year.
 */
export function kkQuarterOrHalfAt(
  tokens: readonly Token[],
  i: number,
): { part: YearPart; next: number } | null {
  const ord = ordinalAt(tokens, i);
  const word = tokens[ord?.next ?? -1];
  if (!ord || word?.kind !== 'word') return null;
  if (isQuarter(word.low)) {
    const n = ord.n === 'last' ? 4 : ord.n;
    return { part: `Q${n}` as YearPart, next: ord.next + 1 };
  }
  if (isHalf(word.low)) {
    const n = ord.n === 'last' ? 2 : ord.n;
    return n <= 2 ? { part: `H${n}` as YearPart, next: ord.next + 1 } : null;
  }
  return null;
}
