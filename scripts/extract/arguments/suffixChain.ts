import { KK_MORPHEMES } from '../locales/kk/lexicon/suffixes';
import { RU_ENDINGS } from '../locales/ru/lexicon/suffixes';
import type { Lang } from './types';

/** Longer tails are not inflections of a name but another word glued on (`Ақтөбемұнайгаз`). */
const MAX_TAIL = 14;

/**
 * True when `tail` (the letters after a name stem) is a chain of inflectional morphemes.
 * Kazakh uses a dynamic program over morpheme lengths (linear in the tail, no regex backtracking);
 * Russian takes one ending from a closed set.
 */
export function isInflectionTail(tail: string, lang: Lang): boolean {
  if (tail.length === 0) return true;
  if (tail.length > MAX_TAIL) return false;
  const lower = tail.toLowerCase();
  if (lang === 'ru') return RU_ENDINGS.has(lower);
  const reachable = new Array<boolean>(lower.length + 1).fill(false);
  reachable[0] = true;
  for (let i = 0; i < lower.length; i++) {
    if (!reachable[i]) continue;
    for (const m of KK_MORPHEMES) {
      if (lower.startsWith(m, i)) reachable[i + m.length] = true;
    }
  }
  return reachable[lower.length] === true;
}
