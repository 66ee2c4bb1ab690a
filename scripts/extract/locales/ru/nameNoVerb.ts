import { RU_MALE_GIVEN_NAMES } from './lexicon/givenNames';
import { RU_FEMALE_GIVEN_NAMES, RU_MALE_A_NAMES } from './lexicon/names';

/** The endings of a past verb ("посетил", "провела", "прошли", "собрался"). */
const PAST_ENDING = /(?:л|ла|ло|ли|лся|лась|лось|лись)$/u;

/** A capitalised word, hyphenated parts included ("Абдалла", "Кызыл-Орда"). */
const CAPITALISED = /\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)*/gu;

/** What may stand before a word inside a sentence: a word, a number, a comma, a closing quote. */
const INSIDE_SENTENCE = /[\p{L}\d,»")]\s+$/u;

/** A monarch's regnal number after the word ("Абдалла II", "Карл ІІІ"). */
const REGNAL_AFTER = /^\s+[IVXІХ]{1,5}(?![\p{L}\d])/u;

function isGivenName(word: string): boolean {
  return (
    RU_MALE_GIVEN_NAMES.has(word) || RU_FEMALE_GIVEN_NAMES.has(word) || RU_MALE_A_NAMES.has(word)
  );
}

/**
 * `part` with the names that end as past verbs do made placeholder letters of the same length
 * (offsets hold). Russian writes only names and a sentence's first word with a capital letter, so
 * a capitalised word inside a sentence is a name: "Абдалла", "Михаил", "Павел", "Стамбул", "Мали"
 * end as "посетила", "решил", "прошли" do, yet tell no past. At a sentence's start a verb may
 * stand ("Состоялось заседание"), so there only a given name or a word before a regnal number
 * ("Абдалла II посетит …") is a name.
 *
 * @example blankNamesLikeVerbs('Король Абдалла посетит') // 'Король xxxxxxx посетит'
 */
export function blankNamesLikeVerbs(part: string): string {
  return part.replace(CAPITALISED, (word: string, at: number) => {
    if (!PAST_ENDING.test(word)) return word;
    const name =
      INSIDE_SENTENCE.test(part.slice(Math.max(0, at - 3), at)) ||
      isGivenName(word) ||
      REGNAL_AFTER.test(part.slice(at + word.length, at + word.length + 8));
    return name ? 'x'.repeat(word.length) : word;
  });
}
