/**
 * Where a run of capitalised words holds two people ("Путин Тоқаевты", "Олаф Шольцті Тоқаев"):
 * the token that ends the first name. Split out of findPersons.ts, which reads each run.
 */
import { STRONG_SURNAME_ENDING, SURNAME_ENDING } from '../locales/kk/lexicon/names';
import { kkForeignMet } from '../locales/kk/foreignMet';
import { kkCasedAfterSurname } from '../locales/kk/kkCaseEndsName';
import type { PersonNameGrammar } from './personNameGrammar';
import { endsGivenAndSurname, isSurnamePair } from './surnamePair';
import type { Token } from './tokenize';
import type { Lang } from './types';

/** A foreign surname in the comitative at `k`, a meeting word after it (locales/kk/foreignMet.ts). */
export const kkMetAt = (tokens: readonly Token[], k: number) =>
  kkForeignMet(
    tokens[k]?.text ?? '',
    tokens.slice(k + 1, k + 4).map((t) => t.text),
  );

/** Where a run of capitalised words holds two names: the first's surname, if any. */
export function nameSplitAt(
  tokens: readonly Token[],
  first: number,
  last: number,
  grammar: PersonNameGrammar,
  lang: Lang,
): number | undefined {
  // (Not through a name with a patronymic: `Қасым-Жомарт Кемелұлы Тоқаев`, `Тоқаев Қасым-Жомарт
  // Кемелұлына`; a patronymic last without its surname first is a surname: `Тоқаев Айгүл Нұрланқызы`.)
  const words = tokens.slice(first, last + 1).map((t) => t.text);
  if (words.slice(0, -1).some((w) => grammar.patronymic.test(w))) return undefined;
  if (grammar.surnameFirst?.(words.slice(-3)) === true) return undefined;
  for (let k = first; k < last; k++) {
    const word = tokens[k]?.text ?? '';
    if (grammar.endsName?.(word) === true) return k;
    if (k <= last - 2 && STRONG_SURNAME_ENDING.test(word)) return k;
    // (A given name and a surname in -ин before another name: `Владимир Путин Қасым-Жомарт …`.)
    if (k > first && k <= last - 2 && endsGivenAndSurname(word)) return k;
    // Two surnames: two people (`Путин Тоқаевты`, `Ерлан Қарин Тоқаевқа`).
    if (isSurnamePair(word, tokens[k + 1]?.text ?? '', lang)) return k;
    // (A surname, then another in a case: `Тоқаев Макронға хат жолдады`, kkCaseEndsName.ts.)
    const nextWord = tokens[k + 1]?.text ?? '';
    if (
      lang === 'kk' &&
      k === last - 1 &&
      STRONG_SURNAME_ENDING.test(word) &&
      kkCasedAfterSurname(nextWord)
    )
      return k;
    // (A name, then one met: `Тоқаев Ердоғанмен келіссөз жүргізді`, locales/kk/foreignMet.ts.)
    if (lang === 'kk' && k === last - 1 && SURNAME_ENDING.test(word) && kkMetAt(tokens, last))
      return k;
  }
  return undefined;
}
