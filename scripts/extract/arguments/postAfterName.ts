import { STRONG_SURNAME_ENDING } from '../locales/kk/lexicon/names';
import { PERSON_NAMES } from './personNameGrammar';
import type { Token } from './tokenize';
import type { Lang } from './types';

/**
 * Whether the last of a run of capitalised words `first`..`last` opens a post phrase after the name
 * ("Петер Сийярто Сыртқы істер министрі", "… Ауыл шаруашылығы министрімен": lower-case words and a
 * post after it), where the language writes posts so: a common word, not a word of the name. Such
 * a post right after a name of two words or more also tells that the name is a person's.
 */
export function opensPostAfterName(
  tokens: readonly Token[],
  first: number,
  last: number,
  lang: Lang,
): boolean {
  // (Two words stay, unless the first is a surname: a lone word before a post phrase is its owner,
  // "Малайзия Сыртқы істер министрі"; a surname names the one who acts, "Тоқаев Еңбек және
  // халықты әлеуметтік қорғау министрі Светлана Жақыпованы қабылдады".)
  if (last - first < 1) return false;
  if (last - first === 1 && !STRONG_SURNAME_ENDING.test(tokens[first]?.text ?? '')) return false;
  const after = tokens.slice(last + 1, last + 7).map((t) => t.text);
  const word = tokens[last]?.text ?? '';
  return PERSON_NAMES[lang].opensPost?.(word, after[0], after.slice(1)) === true;
}
