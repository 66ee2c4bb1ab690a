/**
 * Kazakh triggers of measures a state body takes on a day of its own: the central bank's rate
 * decision ("Ұлттық банк базалық мөлшерлемені 16,5 пайызға дейін көтерді", "мөлшерлеме
 * өзгеріссіз сақталды"), a ban imposed ("Үкімет бензин экспортына тыйым салды", "әкетуге тыйым
 * салынды"), diplomats expelled or declared persona non grata ("дипломаттарды елден шығарды",
 * "персона нон грата деп жариялады"). Each reads the verb's forms that tell the act done or
 * ahead, active or passive: the past -ды/-ті, the perfect -ған/-ген (with "болатын" after it),
 * the intention -мақ and the converb; not the present -ады/-еді, which tells a standing rule
 * ("Өлім жазасына тыйым салынады"), nor the verbal noun ("тыйым салу ұсынылды": a proposal's).
 * What each title says is read by events/measures.ts.
 */
import { re, W, type Trigger } from '../../../events/trigger';
import { T, GAP } from './triggerPieces';
import { kkVerb } from './verbForms';

/** The forms that tell the act done or ahead (no present: see above). */
const DONE = { voice: 'both', forms: ['past', 'perfect', 'future', 'converb'] } as const;
const DID = (...stems: string[]) => stems.map((s) => kkVerb(s, DONE)).join('|');

/** Up to n words in between, a figure with its percent sign among them ("16,5%-ға дейін"). */
const FIG_GAP = (n: number) => String.raw`(?:[\p{L}\p{N}«»"“”.,%-]+\s+){0,${n}}`;

/**
 * The central bank's policy rate ("базалық мөлшерлемені", "мөлшерлемесін"), not a tax's ("салық
 * мөлшерлемесі", "ҚҚС мөлшерлемесі") nor a loan's ("несие бойынша мөлшерлеме").
 */
const RATE = String.raw`(?<!(?:салық|ҚҚС|баж|акциз|несие|депозит|кредит)\p{L}*\s+)(?:(?:базалық|негізгі)\s+)?мөлшерлеме${T}`;
/** Raised, lowered, kept (also "өзгеріссіз қалдырды", "сақтап қалды": the converb's). */
const RATE_MOVED = DID(
  'көтер',
  'төмендет',
  'төменде',
  'түсір',
  'сақта',
  'қалдыр',
  'арттыр',
  'азайт',
);
/** Who sets the rate, or the rate's own adjective: a bare "мөлшерлемені көтерді" needs one. */
const RATE_SETTER = String.raw`${W}(?:базалық|Ұлттық\s+банк|реттеуші)`;

/** A ban laid: "тыйым салды", "тыйым салынды", "тыйым салған болатын", "тыйым салмақ". */
const BANNED = String.raw`тыйым\s+(?:${DID('сал')})`;
/**
 * A ban laid on a person named by a dative pronoun ("оған … жұмыс істеуге тыйым салынды"): a
 * court's sanction or a law's norm about him, not a measure of its own.
 */
const ON_A_PERSON = re(
  String.raw`(?<![\p{L}])(?:оған|оларға|маған|бізге|сізге|өзіне|өздеріне)\s+(?:[\p{L}\p{N}-]+\s+){0,8}$`,
);

/** Whom a state expels: a diplomat, an ambassador, a consul, an attaché, an embassy's staff. */
const ENVOY = String.raw`(?:дипломат|елші|консул|атташе|(?:елшілік|консулдық)${T}\s+қызметкер)${T}`;
/** Sent out of the country: "елден шығарды", "елден шығарылды", "елден қуды", "аластатты". */
const EXPELLED = String.raw`(?:елден|елімізден|мемлекеттен|Қазақстаннан)\s+(?:${DID('шығар', 'қу', 'аластат')})`;
const NON_GRATA = String.raw`персона\s+нон[\s-]?грата\s+(?:деп|болып)\s+(?:${DID('жарияла', 'таны')})`;

/**
 * A ban told in a sentence of a referendum, the Constitution or a law is what that act laid down
 * ("референдум өтті: … туыстарына лауазым атқаруға тыйым салынды"): that act's event, not one of
 * its own. (Not "заңсыз", unlawful.)
 */
const NO_ACT_OF_LAW = re(
  String.raw`^(?![\s\S]*(?:референдум|Конституци|Ата\s+Заң|(?<![\p{L}])заң(?!сыз)|кодекс))`,
);

// (A measure denied is no form of its verb: "тыйым салынбады", verbForms.ts.)
export const KK_MEASURE_TRIGGERS: Trigger[] = [
  // The rate decision: the rate and its verb, the figure and "дейін" between.
  { type: 'other', facet: 'rate', pattern: re(`${W}${RATE}\\s+${FIG_GAP(5)}(?:${RATE_MOVED})`), also: [re(RATE_SETTER)] },
  { type: 'other', facet: 'ban', pattern: re(`${W}${BANNED}`), notAfter: ON_A_PERSON, also: [NO_ACT_OF_LAW] },
  { type: 'other', facet: 'expulsion', pattern: re(`${W}(?:${ENVOY}\\s+${GAP(3)}${EXPELLED}|${NON_GRATA})`) },
]; // prettier-ignore
