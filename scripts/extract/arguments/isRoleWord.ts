import { KK_ROLE_WORDS } from '../locales/kk/lexicon/roles';
import { RU_ROLE_WORDS } from '../locales/ru/lexicon/roles';
import type { Lang } from './types';

/** A language's role nouns (locales/{kk,ru}/lexicon/roles.ts): stems, and what may follow one. */
export interface RoleWords {
  stems: readonly string[];
  /** Whether the letters after a stem, lower case, still leave the role noun. */
  ending(tail: string): boolean;
}

const ROLE_WORDS: Record<Lang, RoleWords> = { kk: KK_ROLE_WORDS, ru: RU_ROLE_WORDS };

/**
 * True when `word` is a role noun: `төрағасы`, `хатшысы`, `Президенті`, `председатель`.
 * Kazakh needs the rest of the word to be an inflection chain; Russian allows a short ending.
 */
export function isRoleWord(word: string, lang: Lang): boolean {
  const lower = word.toLowerCase();
  const { stems, ending } = ROLE_WORDS[lang];
  return stems.some((s) => lower.startsWith(s) && ending(lower.slice(s.length)));
}

/** Guess the language of a short fragment: Kazakh-only letters decide. */
export function guessLang(text: string): Lang {
  return /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/u.test(text) ? 'kk' : 'ru';
}
