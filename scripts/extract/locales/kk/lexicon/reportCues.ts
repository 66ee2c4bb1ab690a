/**
 * Kazakh cues that a sentence is not a report but someone's words: a speech tag that only says
 * who spoke (`… Тоқаев осылай деді.`, `Осылай деген Президент …`), a quote (`«Менің ойымша, …»,
 * – деді ол.`) or first-person speech (`Мен 16 наурызда … ұсынамын.`). Used to choose a summary.
 */
import type { ReportCues } from '../../../events/reportCueWords';

// prettier-ignore
export const KK_SPEECH_TAG = new RegExp([
  /^(?:осылай|осындай|бұл\s+туралы)\s+деген/u.source,
  /(?:осылай|осындай|бұл\s+туралы|осы\s+туралы|деп)\s+(?:\p{L}+\s+){0,3}?(?:деді|дейді|айтты|мәлімдеді|атап\s+өтті|хабарлады|жеткізді)[.!…]?$/u.source,
  /[»"”]\s*[,.]?\s*[–—-]+\s*(?:деді|дейді|деп)/u.source,
].join('|'), 'iu');

/**
 * `мен` is also "and" (`Астана мен Алматы`): only a sentence opening with it is first person; so
 * is one ending in a first-person verb (`ұсынамын`, `күтеміз`). (Three letters before the ending
 * stand for the verb's stem: "at least three", `\p{L}{3,}`, matches where exactly three do, but
 * backtracks over every letter of every word of the sentence.)
 */
// prettier-ignore
export const KK_FIRST_PERSON = new RegExp([
  /^(?:мен|біз)\s/u.source,
  /(?<!\p{L})(?:менің|маған|мені|біздің|бізге|бізді|біз)(?!\p{L})/u.source,
  /\p{L}{3}(?:мын|мін|мыз|міз|бын|бін|быз|пын|пін|пыз|піз)[.!?…]?$/u.source,
].join('|'), 'iu');

/** The Kazakh cues of someone's words (events/reportCueWords.ts). */
export const KK_REPORT_CUES: ReportCues = {
  speechTag: KK_SPEECH_TAG,
  firstPerson: KK_FIRST_PERSON,
};
