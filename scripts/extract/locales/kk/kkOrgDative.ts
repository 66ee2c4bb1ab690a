/**
 * The Kazakh dative of an organisation's name, for titles ("Қазақстан ҰҚШҰ-ға жүгінді"): an
 * abbreviation takes its ending after a hyphen, by the sound its last letter is read with (a
 * consonant letter is named with a vowel: "ТМД-ға", "ОСК-ға"); a name ending in the possessive
 * ("ұйымы", "кеңесі", "Ассамблеясы") takes -на/-не; any other by the name's own harmony
 * (kkNameCases: "Еуропалық Одаққа", "Үкіметке").
 */
import { kkNameCases } from './kkNameEndings';

const FRONT = /[әөүіеэ]/iu;
const VOWEL = /[аәоөұүыіеэюяиу]/iu;
/** The third-person possessive that ends a compound name: "ұйымы", "кеңесі", "партиясы". */
const POSSESSIVE_END = /\s\p{L}+(?:[ыі]|с[ыі])$/u;

export function kkOrgDative(name: string): string {
  if (/^\p{Lu}{2,}$/u.test(name)) {
    // (A vowel letter ends it as itself; a consonant letter is named with a vowel after it, so the
    // ending is voiced either way, its vowel by the abbreviation's last vowel letter.)
    const vowels = [...name].filter((ch) => VOWEL.test(ch));
    return `${name}-${FRONT.test(vowels.at(-1) ?? '') ? 'ге' : 'ға'}`;
  }
  if (POSSESSIVE_END.test(name)) return `${name}${FRONT.test(name.slice(-1)) ? 'не' : 'на'}`;
  return kkNameCases(name)[1] ?? name;
}
