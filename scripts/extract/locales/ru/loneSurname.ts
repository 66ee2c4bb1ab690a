/**
 * The shape of Russian surnames without -ов/-ев (`Путин`, `Мишустин`, `Голицын`, `Лукашенко`,
 * `Кличко`), which a text may name alone, and the words of that shape that are no surname, for
 * arguments/loneSurname.ts. Kazakh text writes Russian surnames the same way (`Путин Астанаға
 * келді`), so both languages ask this.
 */
import type { Gender } from '../../arguments/personGender';

/** A surname's shape: a stem of three letters or more and -ин, -цын or -ко (-енко, -чко, -йко). */
const LONE_SURNAME = /^\p{Lu}\p{Ll}{2,}(?:ин|цын|[бвгджзйклмнпрстфхцчшщ]ко)$/u;

/**
 * Words of that shape that are no surname: demonyms (`Россиянин`, `Гражданин`), given names
 * (`Мартин`, `Константин`, `Нуриддин`), common nouns and places a sentence may open with.
 */
const NOT_SURNAME =
  /(?:анин|янин|нтин|иамин|иддин|уддин|тдин)$|^(?:Мартин|Господин|Хозяин|Властелин|Исполин|Магазин|Бензин|Керосин|Карантин|Мерин|Павлин|Дельфин|Пингвин|Витамин|Аспирин|Инсулин|Кофеин|Никотин|Апельсин|Мандарин|Камин|Трамплин|Лимузин|Кувшин|Жасмин|Турин|Дублин|Харбин|Бенин|Пекин|Берлин|Монако|Марокко)$/u;

/** Whether a nominative word has the lone surname's shape and is none of those nouns. */
export function ruLoneSurnameShape(word: string): boolean {
  return LONE_SURNAME.test(word) && !NOT_SURNAME.test(word);
}

/**
 * Whether a lone surname of that shape agrees with a past verb of `gender`: a surname in -ко is
 * a man's and a woman's alike (`Матвиенко заявила`); one in -ин or -цын is a man's (a woman's
 * takes -ина, -цына).
 */
export function ruLoneSurnameAgrees(surname: string, gender: Gender | undefined): boolean {
  return gender === 'm' || (gender === 'f' && surname.endsWith('ко'));
}

/**
 * Whether a lone word is a surname in -ин declined (`surname` its nominative): a man's -а, -у,
 * -е, -ым (`назначил Мамина`, `позвонил Мамину`, `о Мамине`), a woman's -ой, -у (`с Маминой`).
 * A capitalised word in an oblique case right after a lowercase word (a verb or a preposition that
 * governs it) is no sentence's opening noun (`Машину`, `Картина`), and the nouns of that shape are
 * still none (NOT_SURNAME); nor is one in -е after "в"/"на", a place (`в Куньмине`).
 */
export function ruDeclinedLoneSurname(
  written: string,
  surname: string,
  wordBefore: string | undefined,
): boolean {
  if (wordBefore === undefined || !/^\p{Ll}/u.test(wordBefore) || written === surname) return false;
  const man = surname.replace(/а$/u, '');
  if (!man.endsWith('ин') || !ruLoneSurnameShape(man)) return false;
  if (written.endsWith('е') && /^(?:в|во|на)$/iu.test(wordBefore)) return false;
  return [`${man}а`, `${man}у`, `${man}е`, `${man}ым`, `${man}ой`].includes(written);
}

/** A surname no one takes for a noun: -ов/-ев/-ова/-ева (`Токаев`, `Тоқаевтың` in the nominative). */
export const RU_STRONG_SURNAME = /^\p{Lu}\p{Ll}{2,}(?:ов|ев|ёв|ова|ева|ёва)$/u;
