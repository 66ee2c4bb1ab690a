import type { Season, Unit } from '../../../dates/reading';
import type { Token } from '../../../dates/tokenize';
import { findKkStem, isKkForm, isKkGenitive } from './kkForm';
import {
  KK_MONTHS,
  KK_PARTS,
  KK_POSTPOSITIONS,
  KK_SEASONS,
  KK_UNITS,
  KK_WEEKDAYS,
} from './kkLexicon';

/** A recognised word at a token index: its meaning, whether it is genitive, the next index. */
export interface WordAt<T> {
  value: T;
  genitive: boolean;
  low: string;
  next: number;
}

function at<T>(
  tokens: readonly Token[],
  i: number,
  read: (low: string) => T | undefined,
): WordAt<T> | null {
  const t = tokens[i];
  if (t?.kind !== 'word') return null;
  const value = read(t.low);
  return value === undefined
    ? null
    : { value, genitive: isKkGenitive(t.low), low: t.low, next: i + 1 };
}

/** "наурызында" → 3. */
export const kkMonthAt = (tokens: readonly Token[], i: number, afterDay = false) =>
  // "маусымы", "маусымына", "маусымдық" are a season of work ("жылыту маусымы"), not June,
  // unless a day comes first ("тоғызыншы маусымына").
  at(tokens, i, (w) =>
    !afterDay && /^маусым(?:ы|дық)/u.test(w) ? undefined : findKkStem(w, KK_MONTHS),
  );

/** "жылдың" → Y, "айына" → M, "3 жасар" → Y. */
export const kkUnitAt = (tokens: readonly Token[], i: number) =>
  at<Unit>(tokens, i, (w) =>
    // "жылдығы" is an anniversary ("175 жылдығына"), not a span of years.
    w === 'жасар' ? 'Y' : /^жылдығ/u.test(w) ? undefined : findKkStem(w, KK_UNITS),
  );

export const kkSeasonAt = (tokens: readonly Token[], i: number) =>
  at<Season>(tokens, i, (w) => KK_SEASONS.get(w));

export const kkWeekdayAt = (tokens: readonly Token[], i: number) =>
  at(tokens, i, (w) => findKkStem(w, KK_WEEKDAYS));

/** Forms of "жыл" (year), and "ж" / "ж." as written after numeric years. */
export const kkYearWordAt = (tokens: readonly Token[], i: number) =>
  at(tokens, i, (w) => (w === 'ж' || isKkForm(w, 'жыл') ? w : undefined));

/** "басынан", "соңына", "ортасында": a part of the period just named; needs a possessive
 * suffix, so that "соңғы" (last) and "бас" (main) are not read as parts. */
export const kkPartAt = (tokens: readonly Token[], i: number) =>
  at(tokens, i, (w) => {
    for (const [stem, mod] of KK_PARTS) {
      const rest = w.slice(stem.length);
      if (w.startsWith(stem) && /^(?:ы|і|сы|сі)/u.test(rest) && isKkForm(w, stem)) return mod;
    }
    return undefined;
  });

/**
 * After a month name, "айы/айында" joins the expression only before a postposition: KazNERD
 * marks "қаңтар айынан бері" whole but only "қаңтар" of "қаңтар айында".
 */
export function skipKkMonthWord(tokens: readonly Token[], i: number): number {
  const t = tokens[i];
  const post = tokens[i + 1];
  const isAy = t?.kind === 'word' && /^ай(?:[ыі]|$)/u.test(t.low);
  return isAy && post?.kind === 'word' && KK_POSTPOSITIONS.has(post.low) ? i + 1 : i;
}
