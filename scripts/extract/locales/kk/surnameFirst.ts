/**
 * Kazakh, like Russian, writes a name in full surname first in decrees and lists (`Тоқаев
 * Қасым-Жомарт Кемелұлы`): a surname, a given name, a patronymic. Kazakh marks the case on the
 * last word only, so the patronymic carries it (`Тоқаев Қасым-Жомарт Кемелұлына`).
 */
import { KK_PATRONYMIC, SURNAME_ENDING } from './lexicon/names';

/**
 * A patronymic in any case: the possessive `-ұлы`/`-қызы` takes -н- before its ending (`Кемелұлын`,
 * `Кемелұлына`, `Кемелұлының`, `Ерланқызымен`, kkNameEndings.ts); a Russian one stays as written.
 */
export const KK_PATRONYMIC_ANY_CASE =
  /(?:(?:ұлы|улы|қызы|кызы)(?:ның|на|н|нда|нан|мен)?|ович|евич|овна|евна)$/u;

/** A Kazakh patronymic, in any case, right after the given name of `words`' second word. */
const PATRONYMIC_WORD = /^\p{Lu}\p{Ll}+(?:ұлы|улы|қызы|кызы)(?:ның|на|н|нда|нан|мен)?$/u;

/** Whether three words are a surname, a given name and a patronymic, in that order. */
export function isKkSurnameFirst(words: readonly string[]): boolean {
  if (words.length !== 3) return false;
  const [surname, given, patronymic] = words as [string, string, string];
  return (
    PATRONYMIC_WORD.test(patronymic) &&
    !KK_PATRONYMIC.test(given) &&
    !KK_PATRONYMIC.test(surname) &&
    SURNAME_ENDING.test(surname)
  );
}

/** A surname-first name in the order the other names take: given name, patronymic, surname. */
export function kkGivenFirst(words: readonly string[]): string[] {
  return isKkSurnameFirst(words) ? [words[1]!, words[2]!, words[0]!] : [...words];
}
