import { NOT_GIVEN_NAMES, SURNAME_ENDING } from '../locales/kk/lexicon/names';
import { PERSON_NAMES } from './personNameGrammar';
import { isRoleWord } from './isRoleWord';
import type { Token } from './tokenize';
import type { Lang } from './types';

const NAME_WORD = /^\p{Lu}\p{Ll}+$/u;

/**
 * Whether token `k`, a single capital letter, is the short last part of a name begun by the word
 * before it (`Ван И`, a Chinese given name of one letter), not an initial: that word, a space
 * before the letter, is a name's (no opener, post or common noun: "Сегодня И. Петров", "Министр
 * Е. Жақып"), and no surname follows the letter after a full stop ("Ван И. Стороны обсудили …",
 * but "Ерлан И. Петров").
 */
export function isShortNamePart(
  text: string,
  tokens: readonly Token[],
  k: number,
  lang: Lang,
): boolean {
  const letter = tokens[k];
  const before = tokens[k - 1];
  if (!letter || !before || !/^\p{Lu}$/u.test(letter.text)) return false;
  if (!/^[ \u00a0]$/u.test(text.slice(before.end, letter.start))) return false;
  const word = before.text;
  if (!NAME_WORD.test(word) || NOT_GIVEN_NAMES.has(word) || isRoleWord(word, lang)) return false;
  if (PERSON_NAMES[lang].isCapitalisedNoun(word)) return false;
  const next = tokens[k + 1];
  const gap = next ? text.slice(letter.end, next.start) : '';
  return !(next && /^\.[ \u00a0]?$/u.test(gap) && SURNAME_ENDING.test(next.text));
}
