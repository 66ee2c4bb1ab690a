/**
 * Kazakh triggers of public hearings and reports, visits, press conferences and arrivals, and of
 * diplomacy: relations established, independence recognised, agreements signed, left or concluded.
 * In lexicon order: see triggers.ts.
 */
import { re, W, type Trigger } from '../../../events/trigger';
import { T, V, P, AP, GAP } from './triggerPieces';
import { kkVerb, KK_TELLING } from './verbForms';
import { statesAgreeTrigger } from '../../../events/statesAgree';
import { KK_ARRIVED, KK_TRAVELLED_TO, KK_TRAVELLER } from './travelledTo';

/**
 * After a hearing's stem: not its genitive qualifying its outcome ("тыңдаулардың қорытындысы
 * қаралады": the results are taken up, the hearing is only their owner), unless a participle of
 * its holding dates it ("2 мамырда өткен жария тыңдаулардың қорытындысы").
 */
/**
 * Documents between states, counted or named as such, signed by either voice: "екі ел 15 құжатқа
 * қол қойды", "он бес құжатқа", "бірқатар құжаттарға", "екіжақты құжаттар топтамасына" (not a bare
 * "құжатқа қол қойды", a decree or a law as much; as the Russian "подписали 15 документов").
 */
const COUNT = String.raw`(?:\d+|(?:бір|екі|үш|төрт|бес|алты|жеті|сегіз|тоғыз|он|жиырма|отыз|қырық|елу|бірнеше|бірқатар)(?![\p{L}]))`;
const BETWEEN_STATES = String.raw`(?:екіжақты|үкіметаралық|мемлекетаралық|ведомствоаралық|коммерциялық|халықаралық)`;
/** (Between the count and the noun, an adjective only: "15 маңызды құжатқа", not "10 наурызда құжатқа".) */
const DOC_ADJ = String.raw`(?:${BETWEEN_STATES}|[\p{L}-]+(?:лы|лі|ды|ді|ты|ті))`;
const DOCUMENTS = String.raw`(?:${COUNT}\s+(?:${COUNT}\s+)?(?:${DOC_ADJ}\s+)?|${BETWEEN_STATES}\s+)құжат${T}|құжат${T}\s+(?:топтама|пакет)${T}`;
const HEARING_OWNS = String.raw`(?!(?:лар)?(?:дың|дің|ның|нің)\s+(?:қорытынды|нәтиже)\p{L}*)`;

export const KK_HEARING_VISIT_DIPLOMACY_TRIGGERS: Trigger[] = [
  // An official reporting to the public or to the head of state ("халық алдында есеп берді",
  // "тұрғындарына есеп берді"): a meeting, as a report to residents is held in person.
  // Public hearings: "қоғамдық тыңдау өтті", "жария тыңдаулар 3-5 қарашада өтеді".
  { type: 'meeting', facet: 'hearing', pattern: re(`${W}(?<!(?:өткен|болған)\\s+(?:[\\p{L}-]+\\s+)?)(?:(?:қоғамдық|жария|ашық)\\s+тыңдау${HEARING_OWNS}${T}|тыңдаулар${HEARING_OWNS}${T})`) },
  { type: 'meeting', facet: 'hearing', pattern: re(`${W}(?<=(?:өткен|болған)\\s+(?:[\\p{L}-]+\\s+)?)(?:(?:қоғамдық|жария|ашық)\\s+тыңдау${T}|тыңдаулар${T})`) },
  // (The participle before a noun is a property, not a report: "есеп беретін Үкімет", an
  // accountable Government; it reports when an auxiliary or a gathering follows.)
  { type: 'meeting', facet: 'report', pattern: re(`${W}есеп\\s+(?:бер(?:ді|ген|еді|мек|етін(?=\\s+(?:болады|болды|кездесу|жиын|басқосу|отырыс)${T}))|беру\\s+кездесу${T})`) },
  // (A business trip is one too: "іссапармен аттанды", "іс-сапар".)
  { type: 'meeting', facet: 'visit', pattern: re(`${W}(?:(?:іс-?)?сапар(?!ов)${T}|келіссөз${T}\\s+${GAP(5)}(?:жүргіз|өт|бастал)${T})`) },
  // A visit told by a verb of motion alone: "Тоқаев Мәскеуге барды" (travelledTo.ts).
  KK_TRAVELLED_TO,
  // Talk by telephone is a call, as "телефонный разговор" is ("телефон арқылы сөйлесті").
  { type: 'meeting', facet: 'call', pattern: re(`${W}телефон${T}\\s+${GAP(1)}(?:сөйлес|әңгімелес)${T}`) },
  // A press conference or a briefing held: the speaker's, not a visit ("баспасөз мәслихатын
  // өткізді", "брифинг өткізді"), and a statement, as what is said there is its news (and as the
  // statement at a briefing is, below); a conference of another kind is a gathering.
  { type: 'statement', facet: 'press', pattern: re(`${W}(?:баспасөз\\s+(?:мәслихат|конференция)${T}|брифинг${T})\\s+${GAP(5)}(?:өт|өткіз|ұйымдастыр)${T}`) },
  { type: 'meeting', facet: 'conference', pattern: re(`${W}конференция${T}\\s+${GAP(1)}(?:өт|өткіз|ұйымдастыр)${T}`) },
  // An arrival on a day of its own: "Сәрсенбі күні Астанаға 20-дан астам ел делегациясы келді"
  // (of someone named in the nominative: not "Қазақстанға инвестиция келді", travelledTo.ts).
  // (A place's name is a word of at most some sixty letters: a longer run is no word, and reading it
  // to its end at every start made 5 MB of one letter slow.)
  { type: 'meeting', facet: 'visit', pattern: re(`${W}[\\p{Lu}][\\p{L}-]{0,60}(?:ға|ге|қа|ке|на|не)\\s+(?:[\\p{L}\\d«»"-]+\\s+){0,5}${KK_ARRIVED}(?![\\p{L}])`), also: [KK_TRAVELLER], needsDate: true, fallback: true },
  // Diplomatic relations established, or broken off: "дипломатиялық қатынастар 1992 жылғы 3 қаңтарда
  // орнатылған", "дипломатиялық қатынас орнатқанына 30 жыл толды", "қатынастарды үзді".
  { type: 'other', facet: 'relations', pattern: re(`${W}дипломатиялық\\s+қатынас${T}\\s+${GAP(4)}(?:${kkVerb('орнат', { voice: 'both', forms: [...KK_TELLING, 'reported', 'noun'] })}|${kkVerb('үз', { voice: 'both', forms: [...KK_TELLING, 'reported', 'noun'] })})`) },
  // A state's independence recognised: "АҚШ Қазақстанның тәуелсіздігін мойындады", "таныды".
  { type: 'other', facet: 'relations', pattern: re(`${W}тәуелсіздіг${T}\\s+${GAP(2)}(?:${AP('мойында')}|${AP('таны')})`) },
  // An agreement signed, of every kind of document between states (protocol, convention, pact,
  // charter, treaty): "пактінің екінші факультативтік хаттамасына қол қойды"; not a vote's or a
  // sitting's minutes ("учаскелік комиссияның хаттамасына қол қойды"), nor one sent for signing
  // ("қол қоюына жіберді").
  // An agreement reached by two states or capitals: "Қазақстан мен Өзбекстан келісті".
  statesAgreeTrigger('kk'),
  { type: 'other', facet: 'agreement', pattern: re(`${W}(?:келісім${T}|меморандум${T}|декларация${T}|бірлескен\\s+мәлімдеме${T}|шарт${T}|(?<!(?:учаске|комиссия|сайлау|отырыс|санау|дауыс)\\p{L}*\\s+)хаттама${T}|конвенция${T}|пакт${T}|хартия${T}|құжат${T}\\s+${GAP(1)}қол\\s+қойыл${T}|${DOCUMENTS})`), also: [re(`${W}(?:қол\\s+қо(?!юына|юға)[йюя]${T}|бекіт${T}|ратификацияла${T}|(?<=(?:декларация|бірлескен\\s+мәлімдеме)\\p{L}*\\s+)қабылда${T})`)] },
  // A state withdrawing from an agreement: "АҚШ Париж келісімінен шықты".
  { type: 'other', facet: 'agreement', pattern: re(`${W}(?:келісім|шарт|конвенция|пакт|меморандум)(?:нен|тен|інен|ынан|тан|нан)\\s+${V('шық')}`) },
  // An agreement concluded, not signed: "шарт 2008 жылы жасалған", "меморандум жасалды", "екі ел
  // келісім жасасты" (the passive of жаса and the reciprocal жасас, in every form that tells the act);
  // not what is done under one ("келісім бойынша жоспар жасалды"). A facet of its own: it is not the
  // signing the article tells on another day.
  { type: 'other', facet: 'concluded', pattern: re(`${W}(?:келісім${T}|меморандум${T}|шарт(?:ы|тар\\p{L}*)?|конвенция${T}|пакт${T})(?!\\s+(?:бойынша|негізінде|аясында|сәйкес)(?![\\p{L}]))\\s+${GAP(3)}(?:${P('жаса')}|${V('жасас')})`) },
]; // prettier-ignore
