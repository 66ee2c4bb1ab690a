import { KK_NAME_INFLECTION } from '../locales/kk/lexicon/suffixes';
import { RU_NAME_INFLECTION } from '../locales/ru/lexicon/suffixes';
import type { Lang } from './types';

/**
 * How a language inflects a name (locales/{kk,ru}/lexicon/suffixes.ts): an agglutinative one
 * chains morphemes after the stem (`облыс|ы|нда|ғы`), a fusional one adds one ending from a closed
 * set (`Уральск|е`).
 */
export type NameInflection = { chain: readonly string[] } | { one: ReadonlySet<string> };

const INFLECTION: Record<Lang, NameInflection> = { kk: KK_NAME_INFLECTION, ru: RU_NAME_INFLECTION };

/** Longer tails are not inflections of a name but another word glued on (`Ақтөбемұнайгаз`). */
const MAX_TAIL = 14;

/**
 * True when `tail` (the letters after a name stem) is an inflection of the language: a chain of its
 * morphemes, or one of its endings.
 */
export function isInflectionTail(tail: string, lang: Lang): boolean {
  if (tail.length === 0) return true;
  if (tail.length > MAX_TAIL) return false;
  const lower = tail.toLowerCase();
  const rule = INFLECTION[lang];
  return 'chain' in rule ? isChainOf(lower, rule.chain) : rule.one.has(lower);
}

/** A dynamic program over morpheme lengths: linear in the tail, no regex backtracking. */
function isChainOf(lower: string, morphemes: readonly string[]): boolean {
  const reachable = new Array<boolean>(lower.length + 1).fill(false);
  reachable[0] = true;
  for (let i = 0; i < lower.length; i++) {
    if (!reachable[i]) continue;
    for (const m of morphemes) {
      if (lower.startsWith(m, i)) reachable[i + m.length] = true;
    }
  }
  return reachable[lower.length] === true;
}
