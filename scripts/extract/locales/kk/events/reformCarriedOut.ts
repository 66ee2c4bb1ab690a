/**
 * A reform told as carried out: "реформа 2022 жылы жүргізілді", "Үкімет реформаны жүзеге асырды",
 * "2022 жылы жүргізілген конституциялық реформа". The noun alone is only a topic ("реформа туралы
 * айтты"); the verb of doing it, in the past, makes it the event. Its doer may be named or not,
 * so both voices are read; the present ("жүргізілуде", "жүргізіледі") tells how things go, the
 * future a plan, neither a reform done.
 */
import { re, W } from '../../../events/trigger';
import { T, GAP } from './triggerPieces';
import { kkVerb } from './verbForms';

// Carrying out, implementing: "жүргіз", "жүзеге асыр", "іске асыр".
const DONE = ['жүргіз', 'жүзеге\\s+асыр', 'іске\\s+асыр']
  .map((v) => kkVerb(v, { voice: 'both', forms: ['past', 'perfect', 'converb'] }))
  .join('|');
// The participle before its noun, adjectives between: "жүргізілген саяси реформа".
const PARTICIPLE = ['жүргіз', 'жүзеге\\s+асыр', 'іске\\s+асыр']
  .map((v) => kkVerb(v, { voice: 'both', forms: ['perfect'] }))
  .join('|');

/** The noun (any case, number, possessive) and its verb of doing, either order. */
export const KK_REFORM_CARRIED_OUT = re(
  `${W}(?:реформа${T},?\\s+${GAP(4)}(?:${DONE})|(?:${PARTICIPLE})\\s+${GAP(2)}реформа${T})`,
);
