/**
 * Kazakh triggers of results announced, complaints filed and statements: inquiries, declarations,
 * briefings, words said at a gathering or on a day, verbs of saying last (they count only when
 * nothing more specific does). In lexicon order: see triggers.ts.
 */
import { re, W, type Trigger } from '../../../events/trigger';
import { T, V, AP, GAP } from './triggerPieces';
import { kkVerb } from './verbForms';
import { KK_DUE_BY, KK_NOT_DUE_BY } from './dueBy';
import { KK_VOTE_RESULTS } from '../lexicon/resultsWords';
import { KK_ORG_DATIVE } from '../lexicon/appealToOrg';

/** A verb told as done or to be done, either voice: past, perfect, intention, converb, reported. */
const DONE = (stem: string) =>
  kkVerb(stem, { voice: 'both', forms: ['past', 'perfect', 'future', 'converb', 'reported'] });
/** The same verb in the present or the habitual participle ("жарияланады", "шығарамыз"). */
const NOW = (stem: string) => kkVerb(stem, { voice: 'both', forms: ['present', 'habitual'] });
/**
 * Results that became or will become known, or came out ("қорытындысы белгілі болды", "нәтижесі 7
 * қазанда шығады"): told of a vote's results, the day is theirs, not the vote's (their possessor).
 */
const KNOWN_DONE = String.raw`(?:белгілі\s+(?:болды|болған|болмақ|болып)|шықты|шыққан|шықпақ)(?![\p{L}])`;
const KNOWN_NOW = String.raw`(?:белгілі\s+(?:болады|болатын)|шығады|шығатын)(?![\p{L}])`;
/** What a sitting sums up, not a count of votes: a period, the economy's course, a body's work. */
const SUMMED_UP = String.raw`даму|жұмыс|қызмет|жыл|тоқсан|жартыжылдық|кезең|бағдарлама|жоспар`;

/**
 * A gathering in the locative, bare or after the possessive (отырыс-та, отырыс-ы-н-да, кеңес-і-н-де,
 * кездесу-і-н-де), or "отырыс соңында" (at its end): where something was said or done. Only the
 * gatherings that are no event of their own here (a forum, a summit, a session is: "форумда сөз
 * сөйледі" tells the forum, and what was said joins it).
 */
const AT_GATHERING = String.raw`(?:отырыс|кеңес|кездесу|жиын|басқосу)(?:(?:[ыі]|с[ыі])?н(?:да|де)|да|де|та|те)|үкімет\s+сағатында|отырыс(?:тың|ы)?\s+(?:соңында|барысында|басында)`;
/** Speech acts told as done, in the past: criticised, called on, stressed, promised, thanked. */
const SPEECH_ACTS = String.raw`сынға\s+алды|шақырды|мәлімдеді|атап\s+өтті|айтты|тоқталды|уәде\s+(?:етті|берді)|алғыс\s+айтты|ескертті|түсіндірді|жеткізді|сөз\s+сөйледі`;
/** A participle with a possessive and the accusative: what is reported ("өтетінін", "қаралғанын"). */
const REPORTED = String.raw`(?:атынын|етінін|йтынын|йтінін|ғанын|генін|қанын|кенін)(?![\p{L}])`;

/**
 * More verbs of saying, told as done: "атап көрсетті" (pointed out), "айтып өтті", "айтып берді",
 * "қосып өтті", past or perfect ("атап көрсеткен"). "Қосты" (added) is saying only after what was
 * said: "деп қосты", "… екенін қосты", a reported participle ("өтетінін қосты"); alone it is adding
 * to a list or an agenda.
 */
const SAID_MORE = String.raw`(?:атап\s+көрсет|айтып\s+(?:өт|бер)|қосып\s+өт)(?:ті|ді|кен|ген)|(?<=(?:деп|[\p{L}](?:екенін|дігін|дығын|тігін|тығын|атынын|етінін|йтынын|йтінін|ғанын|генін|қанын|кенін))\s+)(?:қосты|қосқан)`;
/**
 * Not the postposition "қорытындысы / нәтижесі бойынша" ("Келіссөз қорытындысы бойынша Президент
 * реформаларды жариялады": following the talks), whose verb tells another act, not the results.
 */
const NOT_FOLLOWING = String.raw`(?!\s+бойынша(?![\p{L}]))`;

export const KK_STATEMENT_TRIGGERS: Trigger[] = [
  // Results approved by a commission: "ОСК сайлау қорытындысын бекітті" (as the Russian facet).
  { type: 'other', facet: 'results', pattern: re(`${W}(?:қорытынды|нәтиже)${T}${NOT_FOLLOWING}\\s+${GAP(5)}${kkVerb('бекіт', { voice: 'both', forms: ['past', 'perfect', 'future'] })}`) },
  // Results announced: "сайлаудың қорытындысын жариялады" (the announcement, not the vote). A
  // period's or a body's work summed up ("2023 жылғы әлеуметтік-экономикалық дамуының қорытындысы
  // шығарылып", "жылдың қорытындысын шығарды", "жұмыс нәтижелері жарияланды") is the sitting's
  // business, no announcement of its own.
  // Told as done or to be done (not the conditional, "нәтижесі шықса"), or by a body in the news
  // present ("Комиссия қорытындыларын жариялайды"); the passive or a person's present only on a day
  // the sentence gives ("қорытындысы 20 наурызда жарияланады"): undated, it is what is done as a
  // rule or what we will do ("тиісті қорытынды шығарамыз", "сол жөнінде қорытынды шығарылады").
  { type: 'statement', facet: 'results', pattern: re(`${W}(?:қорытынды|нәтиже)${T}${NOT_FOLLOWING}\\s+${GAP(5)}(?:${DONE('жарияла')}|${DONE('шығар')}|(?:жариялайды|шығарады)(?![\\p{L}]))`), notAfter: re(`${W}(?:${SUMMED_UP})\\p{L}*\\s+$`) },
  { type: 'statement', facet: 'results', pattern: re(`${W}(?:қорытынды|нәтиже)${T}${NOT_FOLLOWING}\\s+${GAP(5)}(?:${NOW('жарияла')}|${NOW('шығар')})`), notAfter: re(`${W}(?:${SUMMED_UP})\\p{L}*\\s+$`), needsDate: true },
  // A vote's results that became or will become known, or came out ("сайлаудың қорытындысы
  // белгілі болды", "референдум нәтижесі 7 қазанда шығады"); the present only on a day given.
  { type: 'statement', facet: 'results', pattern: re(`${W}${KK_VOTE_RESULTS}${T}\\s+${GAP(3)}${KNOWN_DONE}`) },
  { type: 'statement', facet: 'results', pattern: re(`${W}${KK_VOTE_RESULTS}${T}\\s+${GAP(3)}${KNOWN_NOW}`), needsDate: true },
  // A complaint, an appeal or a petition sent or filed on a day the sentence gives ("облыс
  // әкіміне жазбаша шағым жолдаған", "апелляциялық шағым берді", "өтініш түсірді"): the filing's
  // own event. A plan to file, told, is only what was said ("шағым беретінін айтты").
  // Kazakh puts the object first and the filer and the day between ("Өтінішті бастамашыл топ 5
  // наурызда берген"): up to five words of the clause, none an answer or a consent given to it
  // (the dative, "өтінішіне жауап берді", "өтінішке келісім берді", is what was done with it).
  { type: 'other', facet: 'filing', pattern: re(`${W}(?:шағым|өтініш|арыз)(?![\\p{L}]*(?:ға|ге|қа|ке|на|не)(?![\\p{L}]))${T}\\s+(?:(?!(?:жауап|келісім|рұқсат|қарау)[\\p{L}]*\\s)[\\p{L}\\p{N}«»"“”-]+\\s+){0,5}(?:${AP('жолда')}|${AP('бер')}|${AP('түсір')}|${AP('жібер')})`), needsDate: true },
  // A deputy's inquiry: "депутаттық сауал жолдады", "Үкіметке сауал жолдады".
  // A document presented to deputies or journalists: "Құжатты Мәжіліс депутаттарына … министр таныстырды".
  { type: 'statement', facet: 'statement', pattern: re(`${W}(?:депутаттар|журналистер|сенаторлар|қатысушылар)(?:ына|іне|ға|ге)\\s+${GAP(6)}${V('таныстыр')}`), fallback: true },
  { type: 'statement', facet: 'inquiry', pattern: re(`${W}(?:депутаттық\\s+сауал${T}|сауал${T}\\s+${GAP(1)}жолда${T})`) },
  { type: 'statement', facet: 'declared', pattern: re(`${W}(?:мәлімдеме${T}\\s+${GAP(1)}(?:жаса|жариял|тарат)${T}|үндеу${T}\\s+${GAP(1)}(?:жолда|жариял)${T}|жеделхат${T}\\s+${GAP(2)}${AP('жолда')}|нота${T}\\s+${GAP(2)}(?:${AP('жолда')}|${AP('тапсыр')})|көңіл\\s+${V('айт')})`) },
  // Said at a briefing, a press conference or in an interview, on a day the sentence gives: "деді ол
  // бүгін журналистерге берген сұхбатында", "бүгін брифингте хабарлады".
  { type: 'statement', facet: 'briefing', pattern: re(`${W}(?:брифинг(?:те|ке)|баспасөз\\s+(?:мәслихат|конференция)(?:ында|сында)|сұхбат(?:ында|та))(?![\\p{L}])`), also: [re(`${W}(?:деді|айтты|хабарлады|мәлімдеді|атап\\s+өтті|түсіндірді|жеткізді)(?![\\p{L}])`)], needsDate: true, fallback: true },
  // Said at a gathering the sentence names in the locative, the place of speaking ("отырыста …
  // шақырды", "Кеңесте … сынға алды", "кездесуінде … атап өтті"): a statement made there, on
  // the gathering's day. (The bare gathering word is only where it was said, so it is no rival.)
  // A gathering still to come ("5 наурызда өтетін сессиясында") or the place of what is reported
  // ("сессияда бюджет бекітілгенін айтты": the locative is the reported verb's) is not where the
  // words were said.
  { type: 'statement', facet: 'said-at', pattern: re(`${W}(?:${AT_GATHERING})\\s+(?:(?![\\p{L}-]+${REPORTED})[\\p{L}\\p{N}«»"“”.,-]+\\s+){0,10}(?:${SPEECH_ACTS})(?![\\p{L}])`), notAfter: re(`(?:атын|етін|йтын|йтін)\\s+${GAP(4)}$`) },
  // Or a speech made there, told by its converb before the clause of saying ("отырыста сөз сөйлеп,
  // Үкіметтің жаңа құрамы жасақталатынын айтты", "кеңесте баяндама жасап, … атап өтті"): the
  // converb ties the place to the speaking, whatever the words report.
  { type: 'statement', facet: 'said-at', pattern: re(`${W}(?:${AT_GATHERING})\\s+(?:(?![\\p{L}-]+${REPORTED})[\\p{L}\\p{N}«»"“”.-]+\\s+){0,4}(?:сөз\\s+сөйлеп|баяндама\\s+жасап|(?:атап|көрсетіп)\\s+өтіп),\\s+[^.;!?]{0,200}?(?<![\\p{L}])(?:${SPEECH_ACTS})(?![\\p{L}])`), notAfter: re(`(?:атын|етін|йтын|йтін)\\s+${GAP(4)}$`) },
  // An instruction given, the task a verbal noun before it ("5 наурызда Үкіметке жоспар әзірлеуді
  // тапсырды", "тексеріс жүргізуді міндеттеді", "есеп беру жүктелді", "әзірлеу жөнінде тапсырма
  // берді"): a statement of the day it was given; undated, it takes the day of the news it is part
  // of, or stays unplaced (events/when.ts). (With a deadline the task due that day is the event:
  // the instruction cue of triggersDatedSteps.ts.)
  { type: 'statement', facet: 'instructed', pattern: re(`${W}(?:(?<=[\\p{L}](?:у|ю)(?:ды|ді)\\s+)(?:тапсыр(?:ды|ған\\s+(?:болатын|еді))|жүкте(?:ді|ген\\s+(?:болатын|еді))|міндетте(?:ді|ген\\s+(?:болатын|еді)))|(?<=[\\p{L}](?:у|ю)\\s+)(?:тапсырылды|жүктелді|міндеттелді)|(?<=(?:жөнінде|туралы|бойынша)\\s+)тапсырма\\s+берді)(?![\\p{L}])`), also: [KK_NOT_DUE_BY], fallback: true },
  // With a deadline, the instruction is still an event on a day its clause gives ("Бүгін Премьер
  // 1 наурызға дейін әзірлеуді тапсырды"), beside its task due by the deadline (events/deadline.ts).
  { type: 'statement', facet: 'instructed', pattern: re(`${W}(?:(?<=[\\p{L}](?:у|ю)(?:ды|ді)\\s+)(?:тапсыр(?:ды|ған\\s+(?:болатын|еді))|жүкте(?:ді|ген\\s+(?:болатын|еді))|міндетте(?:ді|ген\\s+(?:болатын|еді)))|(?<=[\\p{L}](?:у|ю)\\s+)(?:тапсырылды|жүктелді|міндеттелді)|(?<=(?:жөнінде|туралы|бойынша)\\s+)тапсырма\\s+берді)(?![\\p{L}])`), also: [KK_DUE_BY], needsDate: true, clauseDate: true, fallback: true },
  // Said on a day the sentence gives ("бүгін … хабарлады", "сейсенбі күні … жариялаған"): a
  // statement of that day; undated, a verb of saying is only how a fact is sourced.
  { type: 'statement', facet: 'said', pattern: re(`${W}(?:деді|айтты|хабарлады|хабарлаған|атап\\s+өтті|түсіндірді|жеткізді|сынға\\s+алды|шақырды|мәлімдеген|айтқан|ескертті|сендірді|уәде\\s+(?:етті|берді)|${SAID_MORE})(?![\\p{L}])`), needsDate: true, clauseDate: true, fallback: true },
  // An appeal to an international organisation, named in the dative before the verb ("Қазақстан
  // ҰҚШҰ-ға жүгінді", "… ұйымына өтініш жасады"): titled by both sides (events/appealToOrg.ts).
  { type: 'statement', facet: 'statement', pattern: re(`${W}${KK_ORG_DATIVE}\\s+${GAP(3)}(?:${V('жүгін')}|өтініш(?:пен)?\\s+(?:${V('жаса')}|${V('білдір')}|${V('жүгін')}))`), fallback: true },
  { type: 'statement', facet: 'statement', pattern: re(`${W}(?:мәлімде(?:ді|ген|йді)|мәлім\\s+(?:етті|еткен|етеді)|мәлімдеме${T}|түсініктеме\\s+бер${T}|сөз\\s+сөйле${T}|сөйлеген\\s+сөз${T}|алғыс\\s+айт(?!у\\s+күн)${T}|үндеу${T}|құттықта(?:ды|ған|йды|п)|(?:көмек|қолдау)\\s+сұрап\\s+${V('жүгін')}|баға(?:сын|сы)\\s+${GAP(3)}${AP('жарияла')})`), fallback: true },
]; // prettier-ignore
