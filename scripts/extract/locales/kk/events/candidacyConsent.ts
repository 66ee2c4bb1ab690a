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

/**
 * Consent to an appointment told by the appointing's verbal noun, active or passive, bare or with
 * the possessive, in the case the consent governs ("Иван Петровты Бас прокурор лауазымына
 * тағайындауға келісім берді", "Петровтың … тағайындалуына келісім берді", "… тағайындауды
 * мақұлдады"): the same step as consent to the candidacy, the chamber's, not the appointment. A
 * word or two of manner may stand between ("бірауыздан", "көпшілік дауыспен"), not "туралы": "X-ты
 * тағайындау туралы қаулыны бекітті" approves a document about the appointment.
 */
const MANNER = String.raw`(?:(?!(?:туралы|жөнінде)\s)[\p{L}-]+\s+){0,2}`;
export const KK_APPOINTMENT_CONSENT = String.raw`(?:қайта\s+)?${kkVerb('тағайында', { voice: 'both', forms: ['noun'] })}\s+${MANNER}(?:${KK_CANDIDACY_CONSENT})`;
