/**
 * A foreign surname in the comitative, the one met or talked with: "Тоқаев Ердоғанмен келіссөз
 * жүргізді", "Макронмен телефон арқылы сөйлесті", "Шольцпен кездесті", "Дональд Трамппен
 * сөйлесті". The Kazakh counterpart of Russian "с Эрдоганом" (locales/ru/metWith.ts): a
 * capitalised stem with the comitative glued to it as Kazakh sounds choose it (-мен after a vowel
 * or a sonorant, -бен after ж, з, -пен after any other consonant), and a word of meeting or
 * talking right after (within three words), as "с" tells it in Russian. Not a capitalised noun
 * (`Құранмен`, `Отанмен`), a plural or a possessive (`Жастармен`, `Әріптестерімен`: groups).
 */
import { STRONG_SURNAME_ENDING } from './lexicon/names';
import { FOREIGN_LETTER, KAZAKH_LETTER } from './lexicon/alphabetLetters';

const COMITATIVE = /^(\p{Lu}\p{Ll}{2,})(мен|бен|пен)$/u;
/** Stems the old reading knew (-ан/-он/-ен/-эн, -ц), Kazakh letters allowed (`Ердоған`). */
const FOREIGN_END = /(?:[аоеэ]н|ц)$/u;
/** Capitalised nouns of a foreign surname's shape (locales/kk/foreignSubject.ts reads them too). */
export const KK_NOT_FOREIGN_SURNAME =
  /^(?:Құран|Отан|Тұран|Заң|Орган|Регион|Океан|Батальон|Стадион|Миллион|Чемпион|Гарнизон|Эшелон|Вагон|Сезон)$/u;
/** Groups and things owned: a plural (`Жастар`), a possessive (`Әріптестері`), a loan in -ия. */
const NOT_ONE_PERSON = /(?:лар|лер|дар|дер|тар|тер|ы|і|сы|сі|ия)$/u;
/** Meeting, talks, a phone call: "кездесті", "келіссөз", "сөйлесті", "телефон", "әңгімелесті". */
export const KK_MEETING_WORD = /^(?:кездес|келіссөз|сөйлес|телефон|әңгімелес|жүздес|пікір)/u;

/** The comitative ending Kazakh glues to a stem, by its last sound (`Трамппен`, `Путинмен`). */
function comitativeAfter(stem: string): string {
  if (/[аәоөұүыіеэиуюяёмнңлрй]$/u.test(stem)) return 'мен';
  return /[жз]$/u.test(stem) ? 'бен' : 'пен';
}

/** The nominative surname of one met, `written` in the comitative, or undefined. */
export function kkForeignMet(written: string, after: readonly string[]): string | undefined {
  const m = COMITATIVE.exec(written);
  if (!m) return undefined;
  const [, stem, suffix] = m as unknown as [string, string, string];
  if (KK_NOT_FOREIGN_SURNAME.test(stem)) return undefined;
  // (A loan's letter makes it a foreign surname that only ends so: `Шрёдер`.)
  if (NOT_ONE_PERSON.test(stem) && !FOREIGN_LETTER.test(stem)) return undefined;
  // (Past the old shapes, not a Kazakh word nor a surname the Kazakh reading finds: `Ахметовпен`.)
  if (!FOREIGN_END.test(stem) && (KAZAKH_LETTER.test(stem) || STRONG_SURNAME_ENDING.test(stem)))
    return undefined;
  // (A soft sign's stem may take either: `Шольцпен`; a stem in ц the voiceless one.)
  if (suffix !== comitativeAfter(stem.replace(/ь$/u, ''))) return undefined;
  return after.slice(0, 3).some((w) => KK_MEETING_WORD.test(w)) ? stem : undefined;
}
