/**
 * A foreign name of two words before a surname in a case: "Дональд Трамп Тоқаевпен кездесті",
 * "Джо Байден Тоқаевқа хат жолдады", "Александр Лукашенко Тоқаевты құттықтады". Kazakh glues the
 * case to a name's last word, and a name has one given name and one surname: of three
 * capitalised words before a surname in -ов/-ев/-ұлы with a case ending, the middle one ends
 * another's name when it is no listed given name and the first is a given name: listed
 * (`Александр`), or foreign by its letters (ь, э, ц, ф, в, щ, ч, ё) or by the two consonants it
 * opens with, which no Kazakh word does (`Джо`). (Not two words: a foreign given name takes such
 * a surname, "Шавкат Мирзиёевпен".) For arguments/nameSplitAt.ts.
 */
import { listedGivenGender } from '../../arguments/givenNamePair';

const LOAN_LETTER = /[ьъэцфвщчёЭЦФВЩЧЁ]/u;
const TWO_CONSONANTS_FIRST = /^[бвгджзклмнпрстфхцчшщ][бвгджзклмнпрстфхцчшщ]/iu;

const foreignShaped = (word: string) => LOAN_LETTER.test(word) || TWO_CONSONANTS_FIRST.test(word);
const listed = (word: string) => listedGivenGender(word) !== undefined;

/**
 * Whether `word` ends a foreign name before the cased surname after it; `before` is the word
 * before `word` in the same run of capitalised words.
 */
export function kkForeignNameEnds(word: string, before: string): boolean {
  return !listed(word) && (listed(before) || foreignShaped(before));
}
