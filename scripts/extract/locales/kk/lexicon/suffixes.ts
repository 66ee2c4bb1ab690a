import type { NameInflection } from '../../../arguments/suffixChain';

/**
 * Kazakh inflectional morphemes that may follow a proper name (all vowel-harmony variants).
 * A name's tail is accepted when it splits into a chain of these, so `Қызылорда|дағы`,
 * `Орал|дың`, `облыс|ы|нда|ғы` pass while `Орал|ов` (a surname) does not.
 */
// prettier-ignore
export const KK_MORPHEMES: readonly string[] = [
  // plural
  'лар', 'лер', 'дар', 'дер', 'тар', 'тер',
  // possessive
  'ы', 'і', 'сы', 'сі', 'ым', 'ім', 'м', 'ымыз', 'іміз', 'мыз', 'міз', 'ң', 'ың', 'ің', 'ңыз', 'ңіз',
  // genitive, dative, accusative
  'ның', 'нің', 'дың', 'дің', 'тың', 'тің', 'ға', 'ге', 'қа', 'ке', 'на', 'не', 'а', 'е',
  'ны', 'ні', 'ды', 'ді', 'ты', 'ті', 'н',
  // locative, ablative, instrumental, equative
  'да', 'де', 'та', 'те', 'нда', 'нде', 'дан', 'ден', 'тан', 'тен', 'нан', 'нен', 'ндан', 'нден',
  'мен', 'бен', 'пен', 'ша', 'ше',
  // attributive (-дағы) and derivational (-лық "of the city", -дай "about")
  'ғы', 'гі', 'қы', 'кі', 'лық', 'лік', 'дық', 'дік', 'тық', 'тік', 'дай', 'дей', 'тай', 'тей',
];

/**
 * Case endings stripped from the last word of a personal name to get the nominative
 * (`Тоқаевты` → `Тоқаев`). Single vowels are left out: `Жалелова` must stay whole.
 */
// prettier-ignore
export const KK_NAME_CASE_ENDINGS: readonly string[] = [
  'ның', 'нің', 'дың', 'дің', 'тың', 'тің', 'ны', 'ні', 'ды', 'ді', 'ты', 'ті',
  'ға', 'ге', 'қа', 'ке', 'на', 'не', 'да', 'де', 'та', 'те', 'дан', 'ден', 'тан', 'тен',
  'нан', 'нен', 'мен', 'бен', 'пен', 'ның',
];

/** A Kazakh name takes a chain of these (arguments/suffixChain.ts). */
export const KK_NAME_INFLECTION: NameInflection = { chain: KK_MORPHEMES };
