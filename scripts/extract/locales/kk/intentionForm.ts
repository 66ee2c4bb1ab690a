/**
 * The Kazakh intention -мақ/-мек/-бақ/-бек/-пақ/-пек ("өтпек", "бармақ", "өткізбек"): a future,
 * so a word read as one puts its clause ahead. Its first sound agrees with the stem's last (as
 * events/verbForms.ts builds it): -мақ after a vowel or р, л, й, у ("сайламақ", "бармақ",
 * "келмек", "қоймақ"), -бақ after з, ж and the nasals ("өткізбек", "ұсынбақ"), -пақ after a
 * voiceless consonant ("өтпек", "бекітпек"); and its vowel is the stem's last one's, back or
 * front ("бармақ", "келмек").
 *
 * Why: names and nouns end in -бек with neither agreement: "Нұр-бек", "Ер-бек" (after р the
 * intention is "-мек"), "Сейіт-бек" ("-пек" after т), "Жан-бек" (a front ending on a back stem).
 * Read as verbs they made "5 наурызда Нұрбек Сапаров облыс әкімі болып тағайындалды" an
 * appointment planned for the next March. A capitalised word is a name, not a verb (Kazakh ends
 * its clause on the verb and writes it in lower case; a headline in capitals still reads), and
 * a noun the grammar cannot tell from a verb is listed (lexicon/intentionLookalikes.ts: "еңбек").
 */
import { INTENTION_LOOKALIKES } from './lexicon/intentionLookalikes';

/** Vowels whose syllable the suffix agrees with (и, у, ю go either way and are skipped). */
const BACK = 'аоұыяё';
const FRONT = 'әеөүіэ';
/** The letters that may stand after the stem's last harmony vowel. */
const NEUTRAL = 'бвгғджзйкқлмнңпрстфхһцчшщъьиую';
/** The stem's last letter before each of the suffix's three first sounds. */
const BEFORE_M = 'аәеөоұүыіэиуюяёйрл';
const BEFORE_B = 'зжбвгдмнң';
const BEFORE_P = 'кқпстфхцчшщ';

const suffix = (vowel: 'а' | 'е') =>
  String.raw`(?:(?<=[${BEFORE_M}])м${vowel}[қк]|(?<=[${BEFORE_B}])б${vowel}[қк]|(?<=[${BEFORE_P}])п${vowel}[қк])`;
/** Back: -мақ/-бақ/-пақ (қ after а); front: -мек/-бек/-пек. */
const BACK_SUFFIX = suffix('а').replace(/\[қк\]/gu, 'қ');
const FRONT_SUFFIX = suffix('е').replace(/\[қк\]/gu, 'к');

/**
 * The stem and the intention suffix, as a regex source read from a word's start to the suffix's
 * end (the caller puts the word guards, and the -шы/-ші and person endings it takes). A stem
 * with no harmony vowel ("жу-", "ки-") takes either.
 */
export const KK_INTENTION_STEM = String.raw`(?:[\p{L}\p{M}]*[${BACK}][${NEUTRAL}]*${BACK_SUFFIX}|[\p{L}\p{M}]*[${FRONT}][${NEUTRAL}]*${FRONT_SUFFIX}|[${NEUTRAL}]{2,}(?:${BACK_SUFFIX}|${FRONT_SUFFIX}))`;

/** The endings after the suffix: -шы/-ші (intending) and a person ("өтпекпіз", "бармақпын"). */
export const KK_INTENTION_PERSON = String.raw`(?:шы|ші)?(?:пын|пін|пыз|піз|мын|мін|мыз|міз|сыз|сіз)?`;

/** A whole word in the intention, as a regex source without the word guards (not a listed noun). */
export const KK_INTENTION_WORD = String.raw`(?!${INTENTION_LOOKALIKES}(?![\p{L}\p{M}]))${KK_INTENTION_STEM}${KK_INTENTION_PERSON}`;

const WHOLE = new RegExp(`^${KK_INTENTION_WORD}$`, 'iu');
/** A name's capital: an upper-case letter, then a lower-case one. */
const TITLE_CASE = /^\p{Lu}\p{Ll}/u;

/**
 * Whether one word is a verb in the intention: its suffix agrees with its stem, it is no listed
 * noun, and it is not capitalised as a name is.
 * @example isKkIntention('өткізбек') // true
 * @example isKkIntention('Нұрбек') // false
 */
export function isKkIntention(word: string): boolean {
  return !TITLE_CASE.test(word) && WHOLE.test(word);
}

const CAPITALISED = /(?<![\p{L}\p{M}])\p{Lu}\p{Ll}+(?![\p{L}\p{M}])/gu;
/**
 * `text` with each capitalised word that reads as an intention only in lower case made a word of
 * placeholder letters of its length (offsets hold): for the tense cues that read a lower-cased
 * clause ("5 наурызда Ермек Сапаров тағайындалды": "ермек" agrees as "ер-мек" would).
 */
export function blankNamedIntentions(text: string): string {
  return text.replace(CAPITALISED, (w) => (WHOLE.test(w) ? 'x'.repeat(w.length) : w));
}
