/**
 * A mandate ended by others, in Kazakh: a deputy's or an official's powers terminated, told in the
 * passive ("депутаттың өкілеттігі мерзімінен бұрын тоқтатылды", "өкілеттіктері тоқтатылған
 * болатын"), or a mandate taken away ("депутаттық мандатынан айырылды", "оны мандатынан айырды",
 * "мандатынан айырылған еді"). Not a resignation: the holder did not lay it down. Powers laid down
 * at one's own request ("өз өтініші бойынша", "өз еркімен") stay a resignation (notAfter).
 */
import { GAP, T } from './triggerPieces';
import { kkVerb } from './verbForms';

const TELLING = ['past', 'perfect', 'future', 'present', 'reported', 'converb'] as const;
/** The powers or the mandate, in any case and possessive: "өкілеттігі", "өкілеттіктерін", "мандаты". */
const POWERS = String.raw`(?:(?:депутаттық\s+)?(?:өкілеттіг|өкілеттік|мандат)${T})`;
/** Ended by others: the passive of "тоқтату" (тоқтатылды, тоқтатылған, тоқтатылмақ). */
const ENDED = kkVerb('тоқтат', { voice: 'passive', forms: TELLING });
/** From the mandate, in the ablative ("мандатынан", "өкілеттігінен"), taken away or lost. */
const FROM_POWERS = String.raw`(?:депутаттық\s+)?(?:мандат(?:ынан|тан)|өкілеттіг(?:інен|інен)|өкілеттіктерінен)`;
const DEPRIVED = String.raw`(?:${kkVerb('айырыл', { forms: TELLING })}|${kkVerb('айыр', { voice: 'both', forms: TELLING })})`;

/** Words between the powers and the verb, none of one's own will ("өз өтініші бойынша" is a resignation). */
const OTHERS_GAP = String.raw`(?:(?!(?:өз|өтініш${T}|еркі${T}|қалауы${T})\s)[\p{L}\p{N}«»"“”.,-]+\s+){0,5}`;

export const KK_MANDATE_ENDED = String.raw`(?:${POWERS}\s+${OTHERS_GAP}(?:мерзімінен\s+бұрын\s+)?${ENDED}|${FROM_POWERS}\s+${GAP(3)}${DEPRIVED})`;
/** At one's own will: "өз өтініші бойынша", "өз еркімен", "өтініші бойынша". */
const OWN_WILL = String.raw`(?:өз\s+(?:еркі|өтініші|қалауы)\p{L}*|өтініш${T}\s+бойынша)`;
/** Laid down at one's own will, told before the powers: a resignation, not a mandate ended by others. */
export const KK_OWN_WILL = String.raw`${OWN_WILL}\s+${GAP(4)}$`;
/**
 * The resignation's own cue: powers ended in the active ("өкілеттігін тоқтатты", laid down), or in
 * the passive at one's own will ("өкілеттігі өз өтініші бойынша тоқтатылды").
 */
export const KK_POWERS_LAID_DOWN = String.raw`өкілеттіг${T}\s+(?:${GAP(5)}тоқтат(?!ыл)${T}|${GAP(3)}${OWN_WILL}\s+${GAP(3)}тоқтатыл${T})`;
