/**
 * Kazakh, like Russian, writes a name in full surname first in decrees and lists (`Тоқаев
 * Қасым-Жомарт Кемелұлы`): a surname, a given name, a patronymic. Kazakh marks the case on the
 * last word only, so the patronymic carries it (`Тоқаев Қасым-Жомарт Кемелұлына`).
 */
import { KK_PATRONYMIC, SURNAME_ENDING } from './lexicon/names';

/**
 * A Kazakh patronymic after the given name, in any case but the instrumental: a son's (-ұлы) after
 * a man's surname, a daughter's (-қызы) after a woman's. Many Kazakhs bear such a name as their
 * surname, so a surname before one that does not agree with it ("Тоқаев Айгүл Нұрланқызына …"),
 * or one in the instrumental, the one met ("Тоқаев Ерлан Серікұлымен кездесті"), is someone else's.
 */
const SONS = /^\p{Lu}\p{Ll}+(?:ұлы|улы)(?:ның|на|н|нда|нан)?$/u;
const DAUGHTERS = /^\p{Lu}\p{Ll}+(?:қызы|кызы)(?:ның|на|н|нда|нан)?$/u;
const WOMANS_SURNAME = /(?:ова|ева|ёва|ина|ына|бекова|баева|ская)$/u;

/** Whether three words are a surname, a given name and a patronymic, in that order. */
export function isKkSurnameFirst(words: readonly string[]): boolean {
  if (words.length !== 3) return false;
  const [surname, given, patronymic] = words as [string, string, string];
  if (KK_PATRONYMIC.test(given) || KK_PATRONYMIC.test(surname) || !SURNAME_ENDING.test(surname))
    return false;
  return (WOMANS_SURNAME.test(surname) ? DAUGHTERS : SONS).test(patronymic);
}
