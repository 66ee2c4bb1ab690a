/**
 * A law, an amnesty or a decree named as what a verbal noun in the accusative does, before a verb
 * of proposing, in the same clause ("бір реттік рақымшылық жасауды ұсынды", "жаңа заң қабылдауды
 * ұсынып", "рақымшылықты кеңейтуді ұсынды"): what is proposed, not an act passed; the proposal is
 * the event. (An act planned, "заң қабылдау жоспарланған", is the act planned, on the day the plan
 * gives; "заң қабылдауға шақырды", a call, is left to the call.)
 */
import { kkVerb } from './verbForms';

const PROPOSE = kkVerb('ұсын', {
  voice: 'both',
  forms: ['past', 'perfect', 'future', 'present', 'habitual', 'reported', 'converb'],
});

/** The rest of the trigger's word, up to eight words of the clause, then "-уды/-уді … ұсынды". */
export const KK_PROPOSED_ACT = new RegExp(
  String.raw`^[\p{L}-]*(?:\s+(?![\p{L}-]*[,;.!?])[\p{L}\p{N}«»"“”-]+){0,8}?\s+\p{Ll}[\p{L}-]*[ую](?:ды|ді)\s+${PROPOSE}(?![\p{L}])`,
  'u',
);

/** Types whose cue is only what is proposed under KK_PROPOSED_ACT. */
export const KK_PROPOSABLE_ACTS: ReadonlySet<string> = new Set(['law', 'decree']);
