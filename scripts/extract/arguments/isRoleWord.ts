import { KK_ROLE_STEMS } from '../locales/kk/lexicon/roles';
import { RU_ROLE_STEMS } from '../locales/ru/lexicon/roles';
import { isInflectionTail } from './suffixChain';
import type { Lang } from './types';

/**
 * True when `word` is a role noun: `төрағасы`, `хатшысы`, `Президенті`, `председатель`.
 * Kazakh needs the rest of the word to be an inflection chain; Russian allows a short ending.
 */
export function isRoleWord(word: string, lang: Lang): boolean {
  const lower = word.toLowerCase();
  if (lang === 'ru') {
    return RU_ROLE_STEMS.some((s) => lower.startsWith(s) && lower.length - s.length <= 4);
  }
  return KK_ROLE_STEMS.some(
    (s) => lower.startsWith(s) && isInflectionTail(lower.slice(s.length), 'kk'),
  );
}

/** Guess the language of a short fragment: Kazakh-only letters decide. */
export function guessLang(text: string): Lang {
  return /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/u.test(text) ? 'kk' : 'ru';
}
