/**
 * Kazakh cues of a pronoun that says (events/pronounSpeaker.ts): "– деді ол", "Брифингте ол …
 * мәлімдеді". Kazakh has no gender: "ол" is one person or body, "олар" several. "ол" is also the
 * demonstrative "that" before a noun ("ол кезде", "ол заң") and the object of a postposition ("ол
 * туралы"): it is the subject when only a time, a place or the verb of saying stands before it in its
 * clause ("– деді ол", "Брифингте ол"), and no such word after it.
 */
import type { PronounCues } from '../../../events/pronounSpeaker';
import { KK_SPEAKER_ORG } from './speakerOrg';

// (A noun or postposition that makes "ол" a demonstrative or an object, not the subject.)
const NOT_SUBJECT =
  /^(?:туралы|үшін|бойынша|арқылы|сияқты|жөнінде|қатысты|байланысты|кезде|кезеңде|уақытта|жылы|күні|сәтте|жерде)$/iu;

// (A date, a locative, a time word.)
// (Or the verb of saying it follows, "– деп атап өтті ол": "– деді ол бүгін берген сұхбатында" is his interview too.)
const ADVERBIAL =
  /^(?:\d+|\p{L}+(?:да|де|та|те|нда|нде)|бүгін|кеше|ертең|сондай-ақ|алайда|кейін|бұдан|деді|деп|дейді|айтты|мәлімдеді|қосты|атап|өтті|жазды|түйіндеді)$/iu;

export const KK_PRONOUN_SPEAKER: PronounCues = {
  cheap: /(?<![\p{L}])ол(?:ар)?(?![\p{L}])/iu,
  pronoun: /(?<![\p{L}])(?:ол|олар)(?![\p{L}])/giu,
  gender: (p) => (p.toLowerCase() === 'ол' ? 'one' : 'plural'),
  agrees: () => true,
  // (Before it in its clause only when and where: "Брифингте ол", "11 наурызда ол", "Бүгін ол".)
  subject: (lead, next) =>
    lead.every((w) => ADVERBIAL.test(w)) && !(next !== undefined && NOT_SUBJECT.test(next)),
  clauseBreak: KK_SPEAKER_ORG.clauseBreak,
  person: (_, g) => g === 'one',
  post: (g) => g === 'one',
  org: (_, g) => g === 'one',
  possessed: KK_SPEAKER_ORG.possessed,
};
