/**
 * Kazakh cues of a resignation announced or asked for, not yet done: the holder says he leaves
 * ("отставкаға кететінін мәлімдеді", "қызметінен кететіні туралы айтты", "орнынан кету шешімін
 * жариялады", "өкілеттігін тоқтататынын мәлімдеді") or files his letter ("отставкаға кету туралы өтініш берді", "отставка туралы
 * өтінішін тапсырды", "қызметінен босату туралы арыз жазды"). The cue ends in the verb of saying or
 * filing, the act of the day: what he says ahead ("кететінін", he will leave) does not make it
 * planned. The resignation itself is done only where the text says it was accepted or he was
 * relieved (the plain cues of triggersLeavingAndCoalitions.ts).
 */
import { re, W, type Trigger } from '../../../events/trigger';
import { kkVerb, type KkVerbForm } from './verbForms';
import { GAP, T } from './triggerPieces';

/**
 * The finite forms of a verb, and its perfect participle where it ends the clause ("өтініш
 * берген.", "мәлімдеген еді"): not the converb or an attribute ("өтініш беріп, кетті", "мәлімдеген
 * әкім"), which leave the clause's act to another verb.
 */
const FINITE: readonly KkVerbForm[] = ['past', 'future', 'present'];
const told = (stem: string) =>
  String.raw`(?:${kkVerb(stem, { forms: FINITE })}|${kkVerb(stem, { forms: ['perfect'] })}(?=\s*(?:[.;!]|$|еді|болатын)))`;

/** Where one leaves from: "отставкаға", "қызметінен", "лауазымынан", "орнынан", "постынан", "қызметтен". */
const FROM = String.raw`(?:отставкаға|(?:қызмет|лауазым|орн|пост)${T}(?:нан|нен|тан|тен))`;
/** "кететінін", "кететіні туралы": leaving told by another verb (verbForms.ts 'reported'). */
const GOING = String.raw`${kkVerb('кет', { forms: ['reported'] })}(?:\s+туралы)?`;
/** Powers laid down, told so: "өкілеттігін (мерзімінен бұрын) тоқтататынын", "… тапсыратынын". */
const ENDING_POWERS = String.raw`өкілеттіг${T}\s+(?:мерзімінен\s+бұрын\s+)?(?:${kkVerb('тоқтат', { forms: ['reported'] })}|${kkVerb('тапсыр', { forms: ['reported'] })})`;
/** "кету туралы шешімін", "кету ниетін", "кету ниеті барын": the decision or intent to leave. */
const INTENT = String.raw`кету${T}\s+(?:туралы\s+)?(?:шешім|ниет|ой)${T}`;
const SAY = String.raw`(?:${['мәлімде', 'айт', 'хабарла', 'жарияла', 'білдір', 'жеткіз'].map(told).join('|')}|мәлім\s+${told('ет')})`;
/** The letter: "отставка туралы", "отставкаға кету туралы", "қызметінен босату туралы" "өтініш"/"арыз". */
const LETTER = String.raw`(?:отставка|${FROM}\s+(?:кету|босату)|босату)\s+туралы\s+(?:жазбаша\s+)?(?:өтініш|арыз)${T}`;
const SUBMIT = String.raw`(?:${['бер', 'жаз', 'тапсыр', 'жолда'].map(told).join('|')})`;

export const KK_RESIGNATION_ANNOUNCED: Trigger[] = [
  { type: 'resignation', facet: 'announced', pattern: re(`${W}(?:(?:${FROM}\\s+(?:${GOING}|${INTENT})|${ENDING_POWERS})\\s+${GAP(3)}${SAY}|${LETTER}\\s+${GAP(2)}${SUBMIT})`) },
]; // prettier-ignore
