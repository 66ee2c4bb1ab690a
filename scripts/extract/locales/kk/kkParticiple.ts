/**
 * Kazakh participles as a date's verb: past -ған/-ген/-қан/-кен, future -атын/-етін/-йтын/-йтін
 * and intention -мақ/-мек/-бақ/-бек/-пақ/-пек, used as nouns and inflected like them: with the
 * third-person possessive -ы/-і and then a case ("өткенін хабарлады", reported that it took
 * place; "жариялайтынын мәлімдеді", said it would announce; "өтетініне", "өткенінде"), or with a
 * case alone ("өткенде", "өтетінге", "өткеннен", "өткенді"). The tense is the participle's,
 * whatever the ending.
 */
import { INTENTION_LOOKALIKES } from './lexicon/intentionLookalikes';
import { KK_INTENTION_STEM } from './intentionForm';
const PAST = '(?:ған|ген|қан|кен)';
const FUTURE = '(?:атын|етін|йтын|йтін)';
/**
 * Possessive (3rd person) + case, or a case alone, after a participle ending in н (-ған, -атын):
 * a case after н starts voiced or with н (-ның, -ға, -ды, -да, -нан, -мен), never with т or қ/к,
 * so a noun in -нт with an ending ("контингенті", "Ташкентте") is no participle.
 */
const AFTER_N =
  '[ыі](?:н|ның|нің|на|не|нда|нде|нан|нен|мен)?|ды|ді|ға|ге|да|де|нан|нен|ның|нің|мен';
/** A case after the intention's қ/к (-мақ, -мек) starts voiceless: -тың, -қа, -ты, -та, -тан, -пен. */
const AFTER_K = 'тың|тің|қа|ке|ты|ті|та|те|тан|тен|пен';
export const KK_PARTICIPLE_ENDING = `(?:${AFTER_N})?`;
const INTENTION_ENDING = `(?:${AFTER_K})?`;
/**
 * A noun's possessive or case, whatever its last sound: the nouns below end in н, т or қ/к, so
 * both sets, and the genitive -дың/-дің after a consonant.
 */
const NOUN_ENDING = `(?:${AFTER_N}|${AFTER_K}|дың|дің)?`;

// (Two letters of stem at least: "қатын", wife, and "ақан" are no participles; nor is the loan
// noun "сайт" in its cases, "Ақорда сайтында", however "са-йтын-да" reads.)
// (Nor the nouns in -қан/-кен/-ған: "сайлау науқаны басталады", the campaign; "мекен", a place;
// the city "Жезқазған".)
const PAST_NOUNS = '(?:науқан|мекен|жезқазған)';
const PAST_WORD = new RegExp(
  `^(?!${PAST_NOUNS}${NOUN_ENDING}$)[\\p{L}\\p{M}]{2,}${PAST}${KK_PARTICIPLE_ENDING}$`,
  'u',
);
/**
 * Nouns in -ат/-ет, whose possessive and accusative read like the future participle: "мәслихатын"
 * (мәслих-атын), "Үкіметін", "қызметін", "сағатында". The noun with its endings is no participle;
 * a verb made from it still is ("міндеттейтін").
 */
// ("кандидатын ұсынды" proposed its candidate: the loan nouns in -ат of public life too.)
const AT_NOUNS = `(?:мәслихат|сағат|үкімет|қызмет|мемлекет|ақпарат|мақсат|қаражат|депутат|мандат|саясат|табиғат|комитет|міндет|бюджет|кабинет|рұқсат|сенат|әрекет|декрет|билет|құрмет|кандидат|аппарат|формат|штат|комбинат|секретариат|апат|дипломат|сертификат|сипат|қанат|жамағат|әдет|қуат)`;
const AT_NOUN_WORD = new RegExp(`^${AT_NOUNS}${NOUN_ENDING}$`, 'u');
/** A noun in -ат/-ет with its endings ("кандидатын", "Үкіметін"), which reads like a participle. */
export const isAtNoun = (word: string): boolean => AT_NOUN_WORD.test(word.toLowerCase());
// (The intention's suffix agreeing with its stem, as a verb's does and a name's need not:
// "Нұрбекке", "Сейітбектің" are a name's cases; intentionForm.ts.)
const FUTURE_WORD = new RegExp(
  `^(?!сайт)(?!(?:${AT_NOUNS}|${INTENTION_LOOKALIKES})${NOUN_ENDING}$)(?:[\\p{L}\\p{M}]{2,}${FUTURE}${KK_PARTICIPLE_ENDING}|${KK_INTENTION_STEM}${INTENTION_ENDING})$`,
  'u',
);

/**
 * The tense of a participle, bare or inflected; undefined for any other word.
 * @example kkParticipleTense('жариялайтынын') // 'future'
 */
export function kkParticipleTense(word: string): 'past' | 'future' | undefined {
  const w = word.toLowerCase();
  if (FUTURE_WORD.test(w)) return 'future';
  if (PAST_WORD.test(w)) return 'past';
  return undefined;
}
