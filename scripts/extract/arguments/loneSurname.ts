/**
 * Russian surnames without -ов/-ев named alone: `Путин`, `Мишустин`, `Голицын`, `Лукашенко`,
 * `Кличко`. Alone, a capitalised word in -ин is as often a place (`Турин`), a common noun opening
 * the sentence (`Магазин`, `Гражданин`) or a given name (`Мартин`), so such a word is a person
 * only on evidence: it is in the nominative and a past verb beside it, whose subject it is, agrees
 * with it in gender (`Путин провёл`, `заявил Мишустин`, `Матвиенко заявила`), and it is none of
 * those nouns (places the gazetteer knows, `Пекин`, `Берлин`, are no free words to begin with).
 * The shape and the nouns are Russian (locales/ru/loneSurname.ts), in either language's text.
 */
import { KK_NAMES_AND } from '../locales/kk/lexicon/names';
import { RU_NAMES_AND } from '../locales/ru/lexicon/names';
import {
  RU_STRONG_SURNAME,
  ruDeclinedLoneSurname,
  ruLoneSurnameAgrees,
  ruLoneSurnameShape,
} from '../locales/ru/loneSurname';
import { ruMetWith } from '../locales/ru/metWith';
import type { Gender } from './personGender';
import type { Lang } from './types';

/**
 * Whether a lone word, `written` as the text has it and `surname` in the nominative, names a
 * person by its surname: see above. `gender` is what the verb beside it shows. After "с" the
 * instrumental is evidence enough, for "с" + a capitalised word of that shape names whom one met
 * or talked with (`переговоры с Путиным`, `разговор с Лукашенко`, locales/ru/metWith.ts).
 * Kazakh verbs have no gender: there a lone word of that shape, in the nominative, is a surname
 * when a past verb closes its clause (`kkPast`: `Путин Астанаға келді`), whose subject it is.
 */
export function isLoneSurname(
  written: readonly string[],
  surname: string,
  gender: Gender | undefined,
  lang: Lang,
  before?: string,
  kkPast = false,
  /** The word right before, a space apart (none at a sentence's start or after punctuation). */
  spaced?: string,
): boolean {
  if (written.length !== 1) return false;
  if (lang === 'kk') return kkPast && written[0] === surname && ruLoneSurnameShape(surname);
  if (ruMetWith(written[0], surname, before)) return true;
  // (Declined after the word that governs it: `назначил Мамина`, `позвонил Мамину`.)
  if (ruDeclinedLoneSurname(written[0]!, surname, spaced)) return true;
  if (!ruLoneSurnameShape(surname)) return false;
  if (written[0] !== surname) return false;
  return ruLoneSurnameAgrees(surname, gender);
}

/**
 * "And" between two people's names, in either language, whichever the text's: Russian "и",
 * Kazakh "мен"/"бен"/"пен" or "және" (locales/{kk,ru}/lexicon/names.ts).
 */
const AND: Record<Lang, RegExp> = { kk: KK_NAMES_AND, ru: RU_NAMES_AND };
const isAnd = (word: string) => Object.values(AND).some((and) => and.test(word));

/**
 * Whether a lone word of the lone-surname shape (`surname`, in the nominative) is joined by "and" to
 * a surname no one takes for a noun, in any case (`Путин и Токаев провели переговоры`, `встреча
 * Путина и Токаева`, `Тоқаев пен Путин келіссөз жүргізді`, `Путин мен Тоқаевтың кездесуі`): two
 * people named alike. `next` is the word after "and" in the nominative, `prev` the one before it.
 */
export function isJoinedToSurname(
  surname: string,
  andAfter: string | undefined,
  next: string | undefined,
  andBefore: string | undefined,
  prev: string | undefined,
): boolean {
  if (!ruLoneSurnameShape(surname)) return false;
  const joined = (and: string | undefined, other: string | undefined) =>
    and !== undefined && isAnd(and) && other !== undefined && RU_STRONG_SURNAME.test(other);
  return joined(andAfter, next) || joined(andBefore, prev);
}
