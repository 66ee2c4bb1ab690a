/**
 * Kazakh triggers of proposals (drafts, ideas, initiatives; documents handed in) and of public
 * life: parties merging, budgets, primaries, protests, the capital moved, named events,
 * registrations. In lexicon order: see triggers.ts.
 */
import { re, W, type Trigger } from '../../../events/trigger';
import { T, V, P, AP, APN, GAP, PLANNED_ACT } from './triggerPieces';
import { kkVerb } from './verbForms';
import { KK_INVITED_TO_NAMES, KK_INVITED_TO_PLACE, KK_INVITED_VISIT } from '../lexicon/invitation';
import { KK_MERGER_DECIDED } from './decidedMerger';

/**
 * The converb of proposing whose next clause ends in a verb of saying, done ("көшуді ұсынып, бұл
 * мәселені референдумда шешу керектігін айтты", "ұсынып, … қажеттігін айтқан болатын"): one act
 * of speech, so the proposal is told as done, on the saying's day.
 */
const PROPOSED_THEN_SAID = String.raw`ұсынып(?=,\s+[^.;!?]{0,160}?(?<![\p{L}])(?:айтты|айтқан|атап\s+өтті|мәлімдеді|жеткізді|түсіндірді|тоқталды|мәлімдеген)(?![\p{L}]))`;
/**
 * "Ұсыну" is also to present or provide: its passive outside the past names what is provided or
 * who was put forward ("тізімдері танысу үшін ұсынылады", "партиялардан ұсынылған үміткер"), so
 * the passive counts only as done or intended (ұсынылды, ұсынылмақ). A converb "ұсынып, …" leaves
 * the day to the next clause's verb, so it is no cue of its own. A plan to propose, told, is one
 * ("ұсынатынын айтты").
 */
const PROPOSED = String.raw`(?:${kkVerb('ұсын', { forms: ['past', 'perfect', 'future', 'present', 'habitual', 'reported'] })}|${kkVerb('ұсын', { voice: 'passive', forms: ['past', 'future'] })})`;
/**
 * Before "қосылу": a body or a pact in the dative (an acronym's after a hyphen, "ДСҰ-ға"), or who
 * joins in the genitive ("Өзбекстанның").
 */
const JOINED_BY = String.raw`(?<=(?:(?<![\p{L}])(?:ұйым|одақ|кеңес|келісім|конвенция|шарт|пакт|партия|коалиция|блок|альянс|бірлесті|қауымдасты|құрам)\p{L}*(?:ға|ге|қа|ке|на|не)|[\p{L}]+-(?:ға|ге|қа|ке|на|не)|[\p{L}]+(?:ның|нің|дың|дің|тың|тің))\s+(?:[\p{L}-]+(?:ның|нің|дың|дің|тың|тің)\s+)?)`;
/** Words between a budget and what was done to it: no verbal noun of a topic, no law on it, nor the code it names ("Бюджет кодексі"). */
const BUDGET_GAP = String.raw`(?:(?!туралы|заң|мәселе|кодекс)[\p{L}\p{N}«»"“”.,-]+(?<![\p{L}][ую])\s+){0,4}`;
/** A comma that goes on to a list of plurals ("митингілер, шерулер мен пикеттер"), not to a clause. */
const LIST_COMMA = String.raw`(?:,(?=\s+[\p{L}-]+(?:лар|лер|дар|дер|тар|тер)))?`;

/**
 * What "ұсыну" provides rather than proposes, as its object right before it: a flat, a loan, a
 * service, a plot, a job, a grant, help ("отбасыларға пәтерлер ұсынды", "несие ұсынады",
 * "жұмыс орындарын ұсынды"), with any plural, possessive or case.
 */
const PROVIDED = String.raw`(?:пәтер|баспана|тұрғын\s+үй|несие|кредит|қызмет|телім|жұмыс\s+орн|жұмыс\s+орын(?:дар|ы)|грант|субсидия|жәрдемақы|стипендия|жеңілдік|жолдама|вакансия|тауар|өнім)`;

/**
 * What is provided is the verb's object, never in the dative: "Премьер-министр қызметіне ұсынды"
 * puts someone forward for the post, "қызмет ұсынды" provides a service.
 */
const NOT_DATIVE = String.raw`(?!\p{L}*(?:ға|ге|қа|ке|на|не)(?![\p{L}]))`;

export const KK_PROPOSAL_AND_PUBLIC_LIFE_TRIGGERS: Trigger[] = [
  // A draft put to public discussion is a proposal, due by the day the discussion closes: "қаулы
  // жобасы 16 сәуірге дейін көпшіліктің талқылауына шығарылды" (its date, the portal and "қоғамдық"
  // between: "5 наурызда ашық НҚА порталында қоғамдық талқылауға шығарылды").
  { type: 'proposal', facet: 'draft', pattern: re(`${W}жоба${T}\\s+${GAP(7)}талқылау(?:ға|ына)\\s+(?:шығар|ұсын|жарияла|ілін|шық)${T}`) },
  // A document handed in: with a report, a draft, a list, a plan or a text as its object in the
  // accusative ("есебін Президент Әкімшілігіне ұсынады", "жобасын Үкіметке ұсынды"), "ұсыну" is to
  // submit, not to propose (the proposal cue inside it is its topic). A draft put to discussion is
  // the draft's proposal above; an act in the accusative before the verb is what was proposed
  // ("заң жобасын әзірлеуді ұсынды").
  { type: 'other', facet: 'submission', pattern: re(`${W}(?:есеб|есеп|баяндама|жоба|тізім|мәтін|жоспар)(?:[ыі]н|с[ыі]н|ны|ні|ды|ді|ты|ті)\\s+(?:(?!талқылау|[\\p{L}-]+[ую](?:ды|ді)(?![\\p{L}]))[\\p{L}\\p{N}«»"“”.,-]+\\s+){0,5}${PROPOSED}`) },
  // An idea voiced, the whole clause between the idea and its verb ("Бір палаталы Парламент идеясын
  // Тоқаев алғаш рет биыл наурызда Бурабайда өткен Ұлттық құрылтайда айтқан еді"), "референдум
  // өткізу идеясы айтылды", "идеяны көтерді" (not supported or discussed: "идеясын қолдады").
  // An invitation to visit: "ресми сапарға шақырды", "сапармен келуге шақырды", "келуге шақырды"
  // (the visit and its date are the invited one's, lexicon/invitation.ts KK_INVITED_VISIT).
  { type: 'proposal', facet: 'proposal', pattern: re(`${W}${KK_INVITED_VISIT}`) },
  // Or to a town alone: "Путин Тоқаевты Мәскеуге шақырды" (names in capitals, KK_INVITED_TO_NAMES).
  { type: 'proposal', facet: 'proposal', pattern: re(`${W}${KK_INVITED_TO_PLACE}`), also: [KK_INVITED_TO_NAMES] },
  { type: 'proposal', facet: 'proposal', pattern: re(`${W}идея(?:сын|сы|ны)?\\s+${GAP(12)}(?:${AP('айт')}|${AP('көтер')}|${V('білдір')}|${V('жарияла')})(?![\\p{L}])`) },
  // (Not goods offered at a price or for sale: "өнімдерін арзан бағамен ұсынды"; nor a thing
  // provided, right before the verb: "отбасыларға пәтерлер ұсынды".)
  { type: 'proposal', facet: 'proposal', pattern: re(`${W}(?:ұсыныс${T}\\s+(?:${AP('жарияла')}|${AP('айт')}|${AP('енгіз')}|${AP('білдір')}|${AP('жаса')})|${PROPOSED}|бастама${T}\\s+${GAP(1)}(?:көтер|ұсын)${T}|кандидат${T}\\s+${GAP(2)}ұсын${T})`), notAfter: re(`(?:(?:бағамен|бағада|бағасымен|сатуға|сатылымға)|${W}${PROVIDED}${NOT_DATIVE}\\p{L}*)\\s+$`) },
  // (The converb told with a saying after it; not where the next clause names a time of its own,
  // which is what was said: "ұсынып, сайлауды 2023 жылы өткізу қажеттігін айтты".)
  { type: 'proposal', facet: 'proposal', pattern: re(`${W}${PROPOSED_THEN_SAID}`), notBefore: re(`^,[^.;!?]{0,160}?\\d`) },
  // (Not the participle "біріккен": "Біріккен Ұлттар Ұйымы", "біріккен комиссия" are united, joint;
  // nor the converb "бірігіп", together: "досымен бірігіп жоба жасады", unless parties or bodies
  // merge: "Екі партия … бір партияға бірігіп". A merger announced ahead is told by the -атын
  // participle a verb of saying takes: "бірігетінін мәлімдеді". Only the verbs the tense rules
  // set aside as speech (aspect.ts), so the participle, ahead, tells the status; after another
  // ("жариялады") the merger would read as done the day it was announced.) Joining, the verbal noun, is
  // a merger or an accession only into a body or a pact, or by a state named in the genitive
  // ("Одаққа қосылу", "кеңеске Өзбекстанның қосылуы"), not to a broadcast or the mains ("эфирге
  // қосылуға дайын", "электр желісіне заңсыз қосылу").
  { type: 'other', facet: 'merger', pattern: re(`${W}(?:партия${T}\\s+${GAP(3)}(?:${V('қосыл')}|біріктіріл${T})|${kkVerb('бірік', { forms: ['past', 'future', 'present', 'habitual'] })}|(?<=(?:партия|ұйым|одақ|блок|коалиция)\\p{L}*\\s+(?:[\\p{L}\\p{N}-]+\\s+){0,4})бірігіп(?![\\p{L}])|біріккен\\s+(?:еді|болатын)|біріккен(?:ін|дігін)|${kkVerb('бірік', { forms: ['reported'] })}(?=\\s+(?:айтты|мәлімдеді|хабарлады|жеткізді|атап\\s+өтті)(?![\\p{L}]))|${JOINED_BY}қосылу${T}|${KK_MERGER_DECIDED})`) },
  // A budget amended, adjusted, approved (бекіт-, мақұлда-), adopted or taken up, a maslikhat's act of its own beside the session
  // that does it: "облыстық бюджетке 12 млрд теңгеге түзету енгізді", "бюджетке өзгерістер
  // енгізілді", "бюджет нақтыланды", "аудандық бюджет қаралмақ", or planned ("бюджетті бекіту
  // жоспарлануда", "бюджеттің бекітілуі көзделуде"). (Not the verbal noun alone, "бюджетті
  // нақтылау мәселесі", a topic; nor a law on the budget, which is the law's.) The cue is the verb:
  // a date in the attributive before the noun is the budget's year ("биылғы бюджетке"), not the act's.
  { type: 'other', facet: 'budget', pattern: re(`${W}(?<=${W}бюджет${T}\\s+${BUDGET_GAP}(?:(?:түзету|өзгеріс)${T}\\s+${GAP(1)})?)(?:${AP('енгіз')}|${AP('нақтыла')}|${AP('бекіт')}|${AP('қабылда')}|${AP('мақұлда')}|${P('қара')}|${PLANNED_ACT('бекіт')}|${PLANNED_ACT('мақұлда')}|${PLANNED_ACT('қабылда')}|${PLANNED_ACT('нақтыла')})`), predicate: true },
  // A party choosing its candidates: "праймериз өткізді".
  { type: 'other', facet: 'primaries', pattern: re(`${W}праймериз`) },
  // (Also the first of a list of them: "митингілер, шерулер мен пикеттер туралы заң".)
  // A protest named as a topic ("митингіге қатысты заң", "митинг туралы"), or as what is held,
  // settled or prevented in the abstract, by a verbal noun ("митинг өткізуге арналған рұқсат",
  // "қақтығыстарды бейбіт жолмен шешу"), or as what a permit, a notice or an application is for
  // ("пикетке хабарлама жеткілікті"), is no protest that took place.
  { type: 'other', facet: 'protest', pattern: re(`${W}(?:митинг${T}|наразылық(?!\\s+нота)${T}|шеру${T}|толқу${T}|пикет${T}|аштық\\s+(?:${V('жарияла')}|${V('ұста')}|акция${T})|тәртіпсіздік${T}|ереуіл${T}|қақтығыс${T}|(?:алаңға|көшеге)\\s+${V('шық')}|(?:әкімді[кг]|әкімшілі[кг]|ғимарат)${T}\\s+алдына\\s+${GAP(4)}${V('жинал')})`), notBefore: re(`^${LIST_COMMA}\\s+${GAP(3)}(?:туралы|қатысты|жөніндегі|жөнінде|(?:өткіз|ұйымдастыр|шеш|болдырма|тоқтат|ретте)(?:у|ю)${T}|(?:рұқсат|хабарлама|өтініш)${T})(?![\\p{L}])`) },
  // The capital moved: "астана Алматыдан Ақмолаға көшірілді"; a city became, or was made, the
  // capital: "1997 жылдың желтоқсанында Ақмола ел астанасы болды", "астанасы болып жарияланды"
  // (not "астанасы болған қала", the capital it was, nor "болып табылады", what it is).
  { type: 'other', facet: 'capital', pattern: re(`${W}астана${T}\\s+${GAP(7)}көшіріл${T}|${W}астана(?:сы|мыз)\\s+(?:${kkVerb('бол', { forms: ['past', 'future'] })}|болып\\s+(?:${P('жарияла')}|${P('бекіт')}))`) },
  // Named events with a date of their own: "2022 жылғы қаңтар оқиғалары" (the January events).
  { type: 'other', facet: 'events', pattern: re(`${W}оқиға${T}`), needsDate: true, fallback: true },
  // (A figure "recorded" is no registration: "белсенділіктің ең аз көрсеткіші тіркелген"; nor is a
  // case, a fact or a milestone, with its time between: "инфекцияның алғашқы жағдайлары 13 наурызда
  // тіркелген", "бұзушылық фактілері тіркелді", "келесі белес күзде тіркелді"; nor an accident,
  // "5 апат тіркеліп", "жол-көлік оқиғасы тіркелді". Registered are people, parties, lists and
  // results.)
  { type: 'other', facet: 'registration', pattern: re(`${W}(?:${APN('тірке')}|тіркеу${T})`), notAfter: re(`(?:көрсеткіш|деңгей|пайыз|белсенділі|рекорд|өсім|төмендеу|жағдай|факт|белес|инфекция|ауру|жұқтыр|оқиға|апат)\\p{L}*\\s+(?:[\\p{L}\\p{N}-]+\\s+){0,3}$`) },
]; // prettier-ignore
