/**
 * Where a run of capitalised words holds two people ("Путин Тоқаевты", "Олаф Шольцті Тоқаев"):
 * the token that ends the first name. Split out of findPersons.ts, which reads each run.
 */
import { STRONG_SURNAME_ENDING, SURNAME_ENDING } from '../locales/kk/lexicon/names';
import { kkForeignMet } from '../locales/kk/foreignMet';
import { kkForeignSurname } from '../locales/kk/foreignSubject';
import { kkForeignNameEnds } from '../locales/kk/foreignBeforeCased';
import { kkAccusativeEndsRun, kkCasedAfterSurname } from '../locales/kk/kkCaseEndsName';
import { kkOwnsPostAfter } from '../locales/kk/postPossessive';
import { nominativeSurname } from './normaliseName';
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

/** The word at `k` owns the post written after it in lower case (locales/kk/postPossessive.ts). */
const kkOwnerAt = (tokens: readonly Token[], k: number) =>
  kkOwnsPostAfter(tokens.slice(k + 1, k + 5).map((t) => t.text));

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
  const middle = words.slice(0, -1).findIndex((w) => grammar.patronymic.test(w));
  if (middle >= 0) return aroundPatronymic(first + middle, first, last);
  if (grammar.surnameFirst?.(words.slice(-3)) === true) return undefined;
  for (let k = first; k < last; k++) {
    const word = tokens[k]?.text ?? '';
    if (grammar.endsName?.(word) === true) return k;
    // (Any noun in the accusative, the object before its subject: `Референдумды Тоқаев …`.)
    if (lang === 'kk' && kkAccusativeEndsRun(word)) return k;
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
    // (A foreign surname, then a Kazakh or Russian one in a case: `Ердоған Тоқаевпен кездесті`; no
    // foreign given name stands before such a surname, and those that do are listed: `Иван
    // Петровпен`. Before a foreign surname it is a given name: `Вивиан Балакришнанмен`.)
    if (
      lang === 'kk' &&
      k === last - 1 &&
      kkForeignSurname(word) &&
      grammar.endsName?.(nextWord) === true &&
      STRONG_SURNAME_ENDING.test(nominativeSurname(nextWord, 'kk'))
    )
      return k;
    // (A foreign name, then a surname in a case: `Дональд Трамп Тоқаевпен`, foreignBeforeCased.ts.)
    if (
      lang === 'kk' &&
      k === last - 1 &&
      k === first + 1 &&
      grammar.endsName?.(nextWord) === true &&
      STRONG_SURNAME_ENDING.test(nominativeSurname(nextWord, 'kk')) &&
      kkForeignNameEnds(word, tokens[first]?.text ?? '')
    )
      return k;
    // (A name, then one met: `Тоқаев Ердоғанмен келіссөз жүргізді`, locales/kk/foreignMet.ts.)
    if (lang === 'kk' && k === last - 1 && SURNAME_ENDING.test(word) && kkMetAt(tokens, last))
      return k;
    // (A surname, then the owner of the next one's post: `Тоқаев Австрия канцлері Карл
    // Нехаммерді`, locales/kk/postPossessive.ts. Not when that word is a surname itself: a
    // person owns no post written bare after him, his is in the genitive, "Сапаровтың
    // орынбасары"; "Нұрбек Сапаров облыс әкімі болып" is one name, then his post in apposition.)
    if (
      lang === 'kk' &&
      k === last - 1 &&
      SURNAME_ENDING.test(word) &&
      !STRONG_SURNAME_ENDING.test(tokens[last]?.text ?? '') &&
      kkOwnerAt(tokens, last)
    )
      return k;
  }
  return undefined;
}

/**
 * Where a run splits around a name with its patronymic at `at`, not last (a patronymic last is a
 * surname-first name's, `Тоқаев Қасым-Жомарт Кемелұлы`): the given name before it and the surname
 * after make the name, so a word before the given name ends another's ("Тоқаев Мұрат Алмасұлы
 * Нұртілеуді қабылдады"), and the surname ends this one before the next ("Ерлан Тоқтарұлы
 * Қаринді Тоқаев қабылдады"). Undefined when the run is that name alone.
 */
function aroundPatronymic(at: number, first: number, last: number): number | undefined {
  if (at - 1 > first) return at - 2;
  return at + 1 < last ? at + 1 : undefined;
}
