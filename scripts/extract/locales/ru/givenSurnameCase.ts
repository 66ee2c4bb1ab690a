/**
 * A given name and a surname stand in one case. A surname written in -ов/-ев/-ин with no case
 * ending is a man's nominative, and a noun's genitive plural looks just so (`Народов`, `Героев`,
 * `Школьников`, `Офицеров`). Beside such a word, a capitalised word that shows a noun's case
 * (`Доме`, `Дворце` in -е; `Дружбы`, `Славы` in -ы; `Аллеи` in -и; `Дворцу` in -у; `Домом`,
 * `Аллеей`, `Площадью` of the instrumental; `Аллея`, `Дома` in -а/-я) is no man's nominative
 * given name, so the two are a building's or a body's name (`Дом Дружбы Народов`, `во Дворце
 * Школьников`), not a person's. Nor is a building's or a body's own noun in any case (`Дворец
 * Школьников`, `Дом Офицеров`, `Площадь Героев`), though it ends as a given name may.
 */
import { RU_MALE_GIVEN_NAMES } from './lexicon/givenNames';
import { RU_MALE_A_NAMES, RU_NAMED_AFTER_BEFORE } from './lexicon/names';

/** A man's surname as its nominative is written: `Назарбаев`, `Карин`, `Шишкин`. */
const NOMINATIVE_SURNAME = /(?:[оеё]в|[иы]н)$/u;

/**
 * A man's given name in the nominative: a consonant, -й or -ь (`Ерлан`, `Матвей`, `Игорь`), or a
 * vowel it keeps in every case (`Джо`, `Нурали`); not a noun's instrumental (-ом, -ем, -ой, -ью,
 * -еей) nor its genitive in -еи/-ии.
 */
const MANS_NOMINATIVE_GIVEN = /(?:[^аеёиоуыэюя]|[оэю]|[^ыеи]и)$/u;
const NOUNS_CASE = /(?:ом|ем|ой|ью|еей|ией)$/u;

/**
 * The nouns that head the name of a building, a square or a body, with a case ending: never a
 * given name (`Дом`, `Дворца`, `Музее`, `Центром`, `Союзу`).
 */
const INSTITUTION_NOUN =
  /^(?:Дом|Дворец|Дворц|Алле|Парк|Музе|Театр|Центр|Зал|Клуб|Памятник|Монумент|Мемориал|Союз|Собор|Храм|Сквер|Стадион|Академи|Университет|Институт|Колледж|Лице|Гимнази|Школ|Библиотек)(?:а|у|е|ом|ем|ы|и|ю|я|ей|ою|ям|ов|ах|ами|ам|й|и)?$/u;

function mansNominativeGiven(word: string): boolean {
  if (RU_MALE_GIVEN_NAMES.has(word) || RU_MALE_A_NAMES.has(word)) return true;
  return MANS_NOMINATIVE_GIVEN.test(word) && !NOUNS_CASE.test(word);
}

/**
 * Whether the given names before a surname (`written`, as the text has them, the surname last)
 * are a building's, a square's or a body's noun, or show another case than a surname in the
 * nominative: then no person's name.
 * @example givenDisagreesWithSurname(['Дружбы', 'Народов']) // true
 * @example givenDisagreesWithSurname(['Ерлан', 'Карин']) // false
 */
export function givenDisagreesWithSurname(written: readonly string[]): boolean {
  if (written.length < 2) return false;
  const given = written.slice(0, -1);
  // (A building's noun is no given name beside any word: `Возле Дворца Мира и Согласия`.)
  if (given.some((g) => INSTITUTION_NOUN.test(g) || RU_NAMED_AFTER_BEFORE.test(g))) return true;
  return NOMINATIVE_SURNAME.test(written.at(-1)!) && !given.every(mansNominativeGiven);
}
