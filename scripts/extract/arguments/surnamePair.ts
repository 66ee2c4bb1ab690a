import { nominativeSurname } from './normaliseName';
import type { Lang } from './types';

/**
 * A surname's suffix after a stem of three letters or more: `Тоқаев`, `Путин`, `Әлиева`, `Қарин`
 * (not `Лев`, `Әмин`, `Ясин`, given names).
 */
const SURNAME_SHAPE = /^\p{Lu}\p{Ll}{2,}(?:ов|ев|ёв|ова|ева|ёва|ин|ина|ын|ына)$/u;

/**
 * Given names with a surname's suffix: -ын (`Асайын`, `Тұрсын`), -ина (`Медина`, `Карина`), -ин
 * after a vowel (`Асаин`, `Хусаин`: a surname's -ин follows a consonant, `Путин`, `Мамин`),
 * `Константин`, `Валентин`, `Вениамин`, `Мұхиддин`. They may open a name, so the first of two
 * surnames has none of them; the second, after a first, is a woman's surname in -ина
 * (`Путин Сапаринаға`), but not a given name (`Сапаров Тұрсын`, the order of lists).
 */
const GIVEN_LIKE = /(?:ын|ына|ина|[аәеоөуұүыі]ин|нтин|иамин|иддин|уддин)$/u;
const GIVEN_LIKE_SECOND = /(?:ын|нтин|иамин|иддин|уддин)$/u;

function isSurname(word: string): boolean {
  return SURNAME_SHAPE.test(word);
}

/**
 * Whether two capitalised words side by side are two people's surnames, not a given name and a
 * surname: both have a surname's suffix, the second in any case (`Путин Тоқаевты шақырды`,
 * `Тоқаев Путинмен кездесті`, `Путин Токаеву`). A given name never has one (`Ерлан Қарин`,
 * `Нұрбек Сапаров`).
 */
export function isSurnamePair(first: string, second: string, lang: Lang): boolean {
  const nominative = nominativeSurname(second, lang);
  return (
    isSurname(first) &&
    !GIVEN_LIKE.test(first) &&
    isSurname(nominative) &&
    !GIVEN_LIKE_SECOND.test(nominative)
  );
}

/**
 * Whether a word with a surname's suffix after a given name ends that name, two more words after it
 * being the next one's (`Владимир Путин Қасым-Жомарт Тоқаевты`): any surname's shape, the -ин ones
 * too, not a given name's.
 */
export function endsGivenAndSurname(word: string): boolean {
  return isSurname(word) && !GIVEN_LIKE.test(word);
}
