/**
 * A body's consent to a candidacy, in Kazakh, as the verb after "кандидатурасын",
 * "кандидатурасына", "кандидатураларына" (triggersOfficesAndReforms.ts): agreeing, approving or
 * supporting ("келісті", "мақұлданды", "қолдайды"), or consent given, the noun with the verb of
 * giving ("кандидатурасына келісім берді", "келісімін береді", "келісім берілді", "келісім
 * бермек"), as a chamber's and a maslikhat's consent is told. Every finite tense, either voice; the
 * negation ("келісім бермеді") is no form of the act (verbForms.ts) and is not read.
 */
import { kkVerb } from './verbForms';

const FINITE = { voice: 'both', forms: ['past', 'future', 'present'] } as const;

export const KK_CANDIDACY_CONSENT = [
  ...['келіс', 'мақұлда', 'бекіт', 'қолда'].map((v) => kkVerb(v, FINITE)),
  String.raw`келісім(?:ін|дерін)?\s+${kkVerb('бер', FINITE)}`,
].join('|');
