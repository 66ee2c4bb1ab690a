/**
 * Evidence that a name whose surname has no surname's ending is a person's: a given name from the
 * lists before it, told by the verb or the case (`Мурат Нуртлеу отметил`, `По словам Мурата
 * Нуртлеу`, `Мария Ким заявила`), and, in Kazakh, a past verb closing the clause of a lone word
 * (`Путин Астанаға келді`).
 */
import { RU_FEMALE_GIVEN_NAMES, RU_MALE_A_NAMES } from '../locales/ru/lexicon/names';
import { RU_MALE_GIVEN_NAMES } from '../locales/ru/lexicon/givenNames';
import { ruSurnameUndeclined } from '../locales/ru/undeclinedSurname';
import type { Gender } from './personGender';
import { kkToRu } from './transliterate';
import type { Lang } from './types';

/** The gender of a given name from the lists (in Russian or Kazakh spelling), if it is one. */
export function listedGivenGender(name: string): Gender | undefined {
  const ru = kkToRu(name);
  if (RU_MALE_GIVEN_NAMES.has(ru) || RU_MALE_A_NAMES.has(ru)) return 'm';
  if (RU_FEMALE_GIVEN_NAMES.has(ru) || RU_FEMALE_GIVEN_NAMES.has(name)) return 'f';
  return undefined;
}

/**
 * Whether a surname keeps one form beside a declined given name of a gender, where a language
 * declines the given name apart from the surname (locales/ru/undeclinedSurname.ts). Kazakh glues
 * the case to the name's last word only, so its given name never shows a case of its own.
 */
const UNDECLINED_SURNAME: Record<Lang, ((surname: string, gender: Gender) => boolean) | undefined> =
  { kk: undefined, ru: ruSurnameUndeclined };

/**
 * Whether a Russian two-word name, `written` as the text has it and `words` in the nominative, is
 * a listed given name and a surname: in the nominative with a past verb agreeing with the given
 * name (`hint`), or the given name declined before a surname that does not decline with it (a
 * man's in a vowel, a woman's in anything but -а/-я: `Мурата Нуртлеу`, `Марии Ким`). Kazakh
 * verbs have no gender: there a listed given name and a surname in the nominative are a person's
 * when a past verb closes their clause (`kkPast`: `Мұрат Нұртлеу Астанаға келді`).
 */
export function isGivenNamePair(
  written: readonly string[],
  words: readonly string[],
  hint: Gender | undefined,
  lang: Lang,
  kkPast = false,
): boolean {
  if (written.length !== 2 || words.length !== 2) return false;
  const gender = listedGivenGender(words[0]!);
  if (!gender) return false;
  if (lang === 'kk') return kkPast && written.every((w, i) => w === words[i]);
  if (written[0] === words[0]) return hint === gender;
  if (written[1] !== words[1]) return false;
  return UNDECLINED_SURNAME[lang]?.(written[1]!, gender) === true;
}
