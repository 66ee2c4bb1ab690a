/**
 * Chinese, Korean and Vietnamese names as Russian writes them: the family name first, one
 * syllable ("Ван И", "Си Цзиньпин", "Мун Чжэ Ин", "Нгуен Фу Чонг"). Russian declines such a name
 * in its last part only, and only when that part ends in a consonant, as a man's noun ("Си
 * Цзиньпина", "Ким Чен Ына"); one ending in a vowel keeps one form ("Ван И", "Ху Цзиньтао"), and
 * the family name before it never declines ("Вана И" is no Russian).
 */
import { RU_FEMALE_GIVEN_NAMES, RU_SURNAME_SHAPE } from './lexicon/names';
import { RU_MALE_GIVEN_NAMES } from './lexicon/givenNames';

/**
 * A syllable in the Russian transcription of these languages (Palladius for Chinese, Kontsevich
 * for Korean): one consonant or a digraph of the transcription (чж, цз, кх, тх, пх, чх, нг),
 * vowels, then nothing or a coda of н, нь, нг, к, т, п, м, ль, р, ч, й (`Ким Ир Сен`). A Western or Russian name
 * of one syllable has an onset or coda these never have: "Джон", "Билл", "Марк", "Петр", "Глеб".
 */
const SYLLABLE =
  '(?:чж|цз|кх|тх|пх|чх|нг|[бвгджзйклмнпрстфхцчшщ])?[аеёиоуыэюя]{1,3}(?:нг|нь|ль|[нктпмрчй])?';
const ONE = new RegExp(`^${SYLLABLE}$`, 'u');
const WORD = new RegExp(`^(?:${SYLLABLE}){1,3}$`, 'u');

/** A family name of one open syllable: `Си`, `Ли`, `Ху`. */
const OPEN_FAMILY = /^[бвгджзклмнпрстфхцчшщ]?[аеиоуыэюя]$/u;

/**
 * Whether nominative `words` are an East Asian name: two or three words, the first a family name
 * of one syllable (no Russian given name: "Петр"), the middle ones of one syllable, the last of
 * one to three ("Цзиньпин", "Цзиньтао"). A last word of a Russian surname's shape ("Ким
 * Бекназаров") makes it Russian, unless the family name is an open syllable ("Си Цзиньпин").
 */
export function isEastAsianName(words: readonly string[]): boolean {
  if (words.length < 2 || words.length > 3) return false;
  const family = words[0]!;
  const lower = words.map((w) => w.toLowerCase());
  if (RU_MALE_GIVEN_NAMES.has(family) || RU_FEMALE_GIVEN_NAMES.has(family)) return false;
  if (!lower.slice(0, -1).every((w) => ONE.test(w)) || !WORD.test(lower.at(-1)!)) return false;
  if (words.length === 3) return true;
  return !RU_SURNAME_SHAPE.test(lower[1]!) || OPEN_FAMILY.test(lower[0]!);
}

/** The last part of an East Asian name in case `c`: a man's, ending in a consonant, as a noun. */
export function eastAsianLastIn(
  words: readonly string[],
  male: boolean,
  declineNoun: (word: string) => string,
): string[] {
  const last = words.at(-1)!;
  const declines = male && /[бвгджзйклмнпрстфхцчшщь]$/u.test(last);
  return [...words.slice(0, -1), declines ? declineNoun(last) : last];
}
