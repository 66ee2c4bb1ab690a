import { KK_ACCORDING_TO, KK_SPEECH_VERBS } from '../lexicon/speech';
import { KK_TAG_VERB } from './quoteTagVerb';
import { kkVerb } from './verbForms';

/**
 * A Kazakh speech tag of a quotation (events/quoteTag.ts): the verb of saying after the quotation,
 * a dash and "деп" ("«…», – деді депутат Ерлан Исқақов", "«…» деп атап өтті министр", "«…», –
 * деді ол"), the speaker after the verb, between "деп" and the verb, or before the quotation
 * ("Министр: «…», – деді."); or the verb before a colon that opens it ("Ол былай деді: «…»").
 */

/**
 * The quotation closed, then a dash ("«…», – деді"), "деп" (the quotative that only follows words
 * quoted: "«…» деп атап өтті") or both, and up to six words (the speaker) between "деп" and the
 * verb. A verb right after the closing mark tells what the quotation names ("«…» заңын қабылдады").
 */
const QUOTE_BEFORE =
  /[»”"][,.!?…]*[ \u00a0]*(?:[–—-][ \u00a0]*(?:деп(?:[ \u00a0]+[\p{L}\p{N}-]+){0,6}[ \u00a0]+)?|деп(?:[ \u00a0]+[\p{L}\p{N}-]+){0,6}[ \u00a0]+)$/iu;

/** Words between "деп" and the verb: the speaker named there ("деп министр атап өтті"). */
const SPEAKER_BETWEEN = /деп[ \u00a0]+\p{L}/iu;

/** A colon opening the quotation after the verb: "былай деді: «…»", "атап өтті: «…»". */
const QUOTE_AFTER = /^[^.!?;:«»"“”„]{0,40}:[ \u00a0]*[«"“„–—-]/u;

/** A quotation that opens and closes before the verb ("«…»", "“…”", "\"…\""). */
const OPENED = /(?:«[^»]*»|“[^”]*”|„[^“”]*[“”]|"[^"]*")[^«»“”„"]*$/u;

/** After the verb, before the sentence ends: the speaker ("деді ол", "деді Мемлекет басшысы"). */
const SPEAKER_AFTER = /^[ \u00a0]+[^.!?;«»"“”„–—]{0,120}?\p{L}/u;

/** Before the quotation, in the sentence: its subject ("Министр: «…»", "Ол «…» деді"). */
const SPEAKER_BEFORE = /\p{L}[^.!?;«»"“”„]*$/u;

/** Whether the verb of saying at [at, at + verb.length) of `text` is a quotation's speech tag. */
export function kkQuoteTag(text: string, at: number, verb: string): boolean {
  // (A verb of saying in a form that reports it: quoteTagVerb.ts.)
  if (!KK_TAG_VERB.test(verb)) return false;
  const end = at + verb.length;
  const tail = text.slice(end, end + 160);
  const before = text.slice(Math.max(0, at - 120), at);
  const closed = QUOTE_BEFORE.exec(before);
  if (closed) {
    const open = text.lastIndexOf('«', at - before.length + closed.index);
    // (The quotation opens in the sentence: the last lines of a longer speech, whose first ones
    // are in the sentences before, go on with a saying told before them.)
    if (!OPENED.test(text.slice(Math.max(0, at - 400), at))) return false;
    return (
      SPEAKER_AFTER.test(tail) ||
      SPEAKER_BETWEEN.test(closed[0]) ||
      (open > 0 && SPEAKER_BEFORE.test(text.slice(Math.max(0, open - 120), open)))
    );
  }
  return QUOTE_AFTER.test(tail) && SPEAKER_BEFORE.test(before);
}

/** The tag names its speaker by a pronoun only ("– деді ол"): the person the sentence before told. */
const PRONOUN = /^[ \u00a0]+(?:ол|олар)[ \u00a0]*(?:[,.!?;]|$)/iu;

/** Whether the tag of the verb ending at `end` of `text` names its speaker by a pronoun only. */
export function kkTagPronoun(text: string, end: number): boolean {
  return PRONOUN.test(text.slice(end, end + 12));
}

/**
 * The quotative "деп" and a verb of naming or judging: what the speaker called something or held
 * it to be ("бюджетті қайта қарауды ең маңызды мәселе деп атады", "… қажет деп санайды", "… деп бағалады"), his
 * words told in the narrator's sentence.
 */
const CALLED = ['ата', 'сана', 'есепте', 'бағала', 'сипатта']
  .map((stem) => kkVerb(stem, { forms: ['past', 'present'] }))
  .join('|');

/**
 * A sentence that tells a saying ("Депутаттың айтуынша, …", "Министр хабарлағандай, …", "…, –
 * деді министр", "Президент сөзінде …", "… ең маңызды мәселе деп атады"): a quotation after it gives
 * its words.
 */
const TELLS_SAYING = new RegExp(
  `(?:${KK_ACCORDING_TO}|сөзінде|баяндамасында|хабарлағандай|мәлімдегендей|(?<![\\p{L}])(?:${KK_SPEECH_VERBS.filter((v) => v !== 'деп' && v !== 'деген').join('|')}|хабарлады))(?![\\p{L}])|(?<![\\p{L}])деп[ \\u00a0]+(?:${CALLED})`,
  'iu',
);

/** Whether the sentence `text` tells a saying. */
export function kkTellsSaying(text: string): boolean {
  return TELLS_SAYING.test(text);
}

/**
 * An interview ("«Азаттыққа» берген сұхбатында"), or words given to the outlet itself, its
 * correspondent or its newsroom ("тілшімізге", "Kazinform тілшісіне", "басылымымызға"): given some
 * day the news does not tell.
 */
const INTERVIEW =
  /(?<![\p{L}])(?:сұхбат\p{L}*|тілші(?:сіне|сімен|мізге|мізбен)|басылымымыз(?:ға|бен)|редакциямыз(?:ға|бен)|редакциясына)(?![\p{L}])/iu;

/** Whether the sentence `text` tells its saying as given in an interview. */
export function kkInInterview(text: string): boolean {
  return INTERVIEW.test(text);
}

/** A verb of declaring, a statement by itself: "мәлімдеді" (events/quoteTag.ts). */
export const KK_DECLARES = /^мәлімде/iu;
