/**
 * Russian surnames without -ов/-ев named alone: `Путин`, `Мишустин`, `Голицын`, `Лукашенко`,
 * `Кличко`. Alone, a capitalised word in -ин is as often a place (`Турин`), a common noun opening
 * the sentence (`Магазин`, `Гражданин`) or a given name (`Мартин`), so such a word is a person
 * only on evidence: it is in the nominative and a past verb beside it, whose subject it is, agrees
 * with it in gender (`Путин провёл`, `заявил Мишустин`, `Матвиенко заявила`), and it is none of
 * those nouns (places the gazetteer knows, `Пекин`, `Берлин`, are no free words to begin with).
 */
import type { Gender } from './personGender';
import type { Lang } from './types';

/** A surname's shape: a stem of three letters or more and -ин, -цын or -ко (-енко, -чко, -йко). */
const LONE_SURNAME = /^\p{Lu}\p{Ll}{2,}(?:ин|цын|[бвгджзйклмнпрстфхцчшщ]ко)$/u;

/**
 * Words of that shape that are no surname: demonyms (`Россиянин`, `Гражданин`), given names
 * (`Мартин`, `Константин`, `Нуриддин`), common nouns and places a sentence may open with.
 */
const NOT_SURNAME =
  /(?:анин|янин|нтин|иамин|иддин|уддин|тдин)$|^(?:Мартин|Господин|Хозяин|Властелин|Исполин|Магазин|Бензин|Керосин|Карантин|Мерин|Павлин|Дельфин|Пингвин|Витамин|Аспирин|Инсулин|Кофеин|Никотин|Апельсин|Мандарин|Камин|Трамплин|Лимузин|Кувшин|Жасмин|Турин|Дублин|Харбин|Бенин|Пекин|Берлин|Монако|Марокко)$/u;

/** "с"/"со", the preposition of the one met or talked with ("с Путиным", "со Станиным"). */
const WITH = /^(?:с|со)$/iu;

/**
 * Whether a lone surname of that shape follows "с" in the instrumental (`с Путиным`, `со
 * Станиным`, `с Лукашенко`): the one met or talked with, not a word the preposition governs
 * (`с Посланием`, locales/ru/personNames.ts).
 */
export function isMetWith(written: string | undefined, surname: string, before?: string): boolean {
  if (before === undefined || !WITH.test(before)) return false;
  if (isForeignMet(written, surname)) return true;
  if (!LONE_SURNAME.test(surname) || NOT_SURNAME.test(surname)) return false;
  return written === (surname.endsWith('ко') ? surname : `${surname}ым`);
}

/**
 * A foreign surname in -ан, -он, -ен or -ц, declined as a noun in the instrumental after "с"
 * (`с Эрдоганом`, `с Макроном`, `с Байденом`, `с Шольцем`): the one met or talked with. Not a
 * capitalised noun of that shape a text may name so (`с Законом`, `с Регионом`).
 */
const FOREIGN_SURNAME = /^\p{Lu}\p{Ll}{2,}(?:[аоеэ]н|ц)$/u;
const NOT_FOREIGN_SURNAME =
  /^(?:Закон|Регион|Океан|Коран|Рамадан|Батальон|Сезон|Гарнизон|Полигон|Орган|Экран|Стадион|Вагон|Миллион|Чемпион)$/u;

function isForeignMet(written: string | undefined, surname: string): boolean {
  if (!FOREIGN_SURNAME.test(surname) || NOT_FOREIGN_SURNAME.test(surname)) return false;
  return written === `${surname}${surname.endsWith('ц') ? 'ем' : 'ом'}`;
}

/**
 * Whether a lone word, `written` as the text has it and `surname` in the nominative, names a
 * person by its surname: see above. `gender` is what the verb beside it shows. After "с" the
 * instrumental is evidence enough, for "с" + a capitalised word of that shape names whom one met
 * or talked with (`переговоры с Путиным`, `разговор с Лукашенко`, the -ко ones indeclinable).
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
): boolean {
  if (written.length !== 1) return false;
  if (lang === 'kk')
    return (
      kkPast && written[0] === surname && LONE_SURNAME.test(surname) && !NOT_SURNAME.test(surname)
    );
  if (isMetWith(written[0], surname, before)) return true;
  if (!LONE_SURNAME.test(surname) || NOT_SURNAME.test(surname)) return false;
  if (written[0] !== surname) return false;
  // (A surname in -ко is a man's and a woman's alike; one in -ин or -цын is a man's.)
  return gender === 'm' || (gender === 'f' && surname.endsWith('ко'));
}

/** "and" between two people's names: Russian "и", Kazakh "мен"/"бен"/"пен" (written apart) or "және". */
const AND = /^(?:и|мен|бен|пен|және)$/u;

/** A surname no one takes for a noun: -ов/-ев/-ова/-ева (`Токаев`, `Тоқаевтың` in the nominative). */
const STRONG = /^\p{Lu}\p{Ll}{2,}(?:ов|ев|ёв|ова|ева|ёва)$/u;

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
  if (!LONE_SURNAME.test(surname) || NOT_SURNAME.test(surname)) return false;
  const joined = (and: string | undefined, other: string | undefined) =>
    and !== undefined && AND.test(and) && other !== undefined && STRONG.test(other);
  return joined(andAfter, next) || joined(andBefore, prev);
}
