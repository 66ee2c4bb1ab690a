import { KK_ROLE_WORDS } from '../locales/kk/lexicon/roles';
import { RU_ROLE_WORDS } from '../locales/ru/lexicon/roles';
import type { Lang } from './types';

/** A language's role nouns (locales/{kk,ru}/lexicon/roles.ts): stems, and what may follow one. */
export interface RoleWords {
  stems: readonly string[];
  /** Whether the letters after a stem, lower case, still leave the role noun. */
  ending(tail: string): boolean;
  /** Whole forms that are role nouns though no stem gives them (`послом`), lower case. */
  forms?: Readonly<Record<string, string>>;
  /**
   * Whether a word, as written, is a role noun only in lower case: a title that is also a given
   * name (`султан`, `Султан Жумабеков`; `әмірі`, `Әмір`).
   */
  lowerCase?(word: string): boolean;
}

const ROLE_WORDS: Record<Lang, RoleWords> = {
  kk: KK_ROLE_WORDS,
  ru: RU_ROLE_WORDS,
};

/**
 * True when `word` is a role noun: `төрағасы`, `хатшысы`, `Президенті`, `председатель`.
 * Kazakh needs the rest of the word to be an inflection chain; Russian allows a short ending.
 */
export function isRoleWord(word: string, lang: Lang): boolean {
  const lower = word.toLowerCase();
  const { stems, ending, forms, lowerCase } = ROLE_WORDS[lang];
  if (forms && Object.hasOwn(forms, lower)) return true;
  if (lowerCase?.(word) === true) return true;
  if (stems.some((s) => lower.startsWith(s) && ending(lower.slice(s.length)))) return true;
  // A compound post is its last part's: `Премьер-министр`, `вице-премьер`, `Премьер-министрі`.
  const dash = lower.lastIndexOf('-');
  return (
    dash > 0 && /^\p{Ll}/u.test(word.slice(dash + 1)) && isRoleWord(lower.slice(dash + 1), lang)
  );
}

/** Guess the language of a short fragment: Kazakh-only letters decide. */
export function guessLang(text: string): Lang {
  return /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/u.test(text) ? 'kk' : 'ru';
}
