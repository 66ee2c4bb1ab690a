/**
 * The one met or talked with, named alone after "с" in the instrumental: `переговоры с Путиным`,
 * `разговор с Лукашенко`, `встреча с Эрдоганом`. "с" + a capitalised word of a surname's shape
 * names a person, not a word the preposition governs (`с Посланием`, locales/ru/personNames.ts).
 * The Kazakh counterpart glues "with" to the name (locales/kk/foreignMet.ts).
 */
import { ruLoneSurnameShape } from './loneSurname';

/** "с"/"со", the preposition of the one met or talked with ("с Путиным", "со Станиным"). */
const WITH = /^(?:с|со)$/iu;

/**
 * A foreign surname in -ан, -он, -ен or -ц, declined as a noun in the instrumental after "с"
 * (`с Эрдоганом`, `с Макроном`, `с Байденом`, `с Шольцем`): the one met or talked with. Not a
 * capitalised noun of that shape a text may name so (`с Законом`, `с Регионом`).
 */
const FOREIGN_SURNAME = /^\p{Lu}\p{Ll}{2,}(?:[аоеэ]н|ц)$/u;
const NOT_FOREIGN_SURNAME =
  /^(?:Закон|Регион|Океан|Коран|Рамадан|Батальон|Сезон|Гарнизон|Полигон|Орган|Экран|Стадион|Вагон|Миллион|Чемпион)$/u;

/** Whether a nominative word has a foreign surname's shape and is none of those nouns. */
export function ruForeignShape(surname: string): boolean {
  return FOREIGN_SURNAME.test(surname) && !NOT_FOREIGN_SURNAME.test(surname);
}

function isForeignMet(written: string | undefined, surname: string): boolean {
  if (!ruForeignShape(surname)) return false;
  return written === `${surname}${surname.endsWith('ц') ? 'ем' : 'ом'}`;
}

/**
 * Whether a lone surname, `written` as the text has it and `surname` in the nominative, follows
 * "с" (`before`) in the instrumental: -ым after -ин/-цын (`с Путиным`, `со Станиным`), -ом/-ем
 * after a foreign one, and -ко in one form (`с Лукашенко`).
 */
export function ruMetWith(written: string | undefined, surname: string, before?: string): boolean {
  if (before === undefined || !WITH.test(before)) return false;
  if (isForeignMet(written, surname)) return true;
  if (!ruLoneSurnameShape(surname)) return false;
  return written === (surname.endsWith('ко') ? surname : `${surname}ым`);
}
