/**
 * Kazakh event triggers. Stems carry an optional `\p{L}*` tail so that every case and possessive
 * form matches (съезі, съезінде, съезін); Kazakh is verb-final, so verb cues are past or
 * present forms of the reporting verb, named by their stem and read in every form that tells the
 * act, active or passive (verbForms.ts: тағайындалды, қабылданады, өткізбек; not a negation).
 * Order matters: specific cues before generic ones, and
 * verbs of saying last (they count only when nothing more specific does).
 */
import { re, W, type Trigger } from '../../../events/trigger';
import { KK_INSTRUCTING } from './aspect';
import { kkVerb, KK_TELLING } from './verbForms';

/** A deadline: a day, a part of a month, a season or the year's end, before "дейін". */
const KK_DUE_BY = new RegExp(
  String.raw`(?:\d\s*[\p{L}-]*|(?:соң|орта|бас|аяғ)(?:ына|іне)|(?:жаз|күз|көктем|қыс)(?:ына|іне))\s+(?:дейін|шейін)(?![\p{L}])`,
  'iu',
);

const T = String.raw`\p{L}*`;
/** Every form of a verb that tells its act (verbForms.ts); `P` the passive's, `AP` both voices'. */
const V = (stem: string) => kkVerb(stem);
const P = (stem: string) => kkVerb(stem, { voice: 'passive' });
const AP = (stem: string) => kkVerb(stem, { voice: 'both' });
/** And the verbal noun's too ("тағайындау туралы", "өткізілуі тиіс"). */
const APN = (stem: string) => kkVerb(stem, { voice: 'both', forms: [...KK_TELLING, 'noun'] });
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
 * A name given, told as done (аталды, аталған, аталмақ, аталып): "деп аталады", "деп аталатын" is
 * only what a thing is called (unless named anew: "деп қайта аталады").
 */
const NAMED = kkVerb('атал', { forms: ['past', 'perfect', 'future', 'converb'] });
/** A verb told as done or to be done, either voice: past, perfect, intention, converb, reported. */
const DONE = (stem: string) =>
  kkVerb(stem, { voice: 'both', forms: ['past', 'perfect', 'future', 'converb', 'reported'] });
/** The same verb in the present or the habitual participle ("жарияланады", "шығарамыз"). */
const NOW = (stem: string) => kkVerb(stem, { voice: 'both', forms: ['present', 'habitual'] });
/**
 * Before "қосылу": a body or a pact in the dative (an acronym's after a hyphen, "ДСҰ-ға"), or who
 * joins in the genitive ("Өзбекстанның").
 */
const JOINED_BY = String.raw`(?<=(?:(?<![\p{L}])(?:ұйым|одақ|кеңес|келісім|конвенция|шарт|пакт|партия|коалиция|блок|альянс|бірлесті|қауымдасты|құрам)\p{L}*(?:ға|ге|қа|ке|на|не)|[\p{L}]+-(?:ға|ге|қа|ке|на|не)|[\p{L}]+(?:ның|нің|дың|дің|тың|тің))\s+(?:[\p{L}-]+(?:ның|нің|дың|дің|тың|тің)\s+)?)`;
/** Up to n words in between. */
const GAP = (n: number) => String.raw`(?:[\p{L}\p{N}«»"“”.,-]+\s+){0,${n}}`;
/**
 * The head of state as what one is elected ("Президент болып сайланды", "Қазақстан Республикасының
 * Президенті болып"): a vote, not an appointment; not the president of something else named in
 * the genitive ("федерациясының президенті болып сайланды").
 */
const HEAD_OF_STATE = String.raw`(?:(?<=Республикасының\s+)|(?<!(?:ның|нің|дың|дің|тың|тің)\s+))(?:Президент|Мемлекет\s+басшы)(?:ы|і)?`;
/** Up to n words, none in the dative: the date and the agent's instrumental, not to whom it went
 * ("Мәжіліс 2023 жылғы 5 наурызда таратылды", not "Мәжіліс депутаттарына жоба таратылды"). */
const NO_DATIVE_GAP = (n: number) =>
  String.raw`(?:(?![\p{L}-]+(?:ға|ге|қа|ке|на|не)\s)[\p{L}\p{N}«»"“”.,-]+\s+){0,${n}}`;
/** The same, where a word may be a clock time ("сағат 24:00-де"). */
const TIMED_GAP = (n: number) => String.raw`(?:[\p{L}\p{N}«»"“”.,:-]+\s+){0,${n}}`;
/**
 * Entering into force, "күшіне ену": Kazakh puts the time just before the verb, so it may stand
 * inside the phrase ("күшіне он күннен кейін енді", "күшіне 1 шілдеде енеді"). Any form of "ену"
 * ("енетінін айтты"), not "енгізу", to bring in.
 */
const INTO_FORCE = String.raw`күшіне\s+(?:${TIMED_GAP(4)})?ен(?!гіз)${T}`;
/** Whom an official receives: "Сенат төрағасын қабылдады", "елшісін", "делегациясын". */
/** The oath of the head of state's office, "Қазақстан Республикасы Президентінің антын". */
const HEAD_OF_STATES_OATH = String.raw`(?:Президент|Мемлекет\s+басшы)\p{L}*\s+ант(?:ын|ы)`;
/** A person's powers: "оның өкілеттігін", "депутаттық өкілеттігі", "Ермекованың өкілеттігін". */
const PERSONS_POWERS = String.raw`(?:оның|өз|олардың|депутаттық|президенттік|(?:депутат|хатшы|әкім|төраға|сенатор)\p{L}*|\p{Lu}\p{L}*(?:ов|ев|ин|ова|ева|ина)\p{L}*)\s+өкілеттіг\p{L}*`;
const GUESTS = String.raw`министр|әкім|төраға|елші|басшы|депутат|хатшы|кеңесші|президент|премьер|өкіл|бастығ|директор|ректор|жетекші|делегация|губернатор|сенатор|прокурор|спикер|орынбасар|құрылтай\s+мүше`;
/** Words between a budget and what was done to it: no verbal noun of a topic, no law on it. */
const BUDGET_GAP = String.raw`(?:(?!туралы|заң|мәселе)[\p{L}\p{N}«»"“”.,-]+(?<![\p{L}][ую])\s+){0,4}`;
/** By a decree, a resolution or an order: the instrumental "Жарлығымен", "Жарлықпен", "қаулысымен", "өкімімен". */
const BY_DECREE = String.raw`(?:[Жж]арлығымен|[Жж]арлықпен|қаулысымен|қаулымен|өкімімен|өкіммен)`;
/** Powers ended: "өкілеттігі мерзімінен бұрын тоқтатылды", "өкілеттігін тоқтатты". */
const ENDED_POWERS = String.raw`өкілеттіг\p{L}*\s+${GAP(5)}тоқтат\p{L}*`;
/** Capitalised names of documents, not people: "Конституцияны қабылдады" is no audience. */
/** A proper name, quoted or capitalised, of up to three words: "Астана", "«Жаңа Қазақстан»". */
const NEW_NAME = String.raw`(?:[«"“][^»"”]{1,40}[»"”]|\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2})`;
const DOCUMENTS = String.raw`Конституция|Заң|Кодекс|Жарлық|Бағдарлама|Жолдау|Декларация|Стратегия|Тұжырымдама|Бюджет|Қаулы|Регламент|Меморандум|Келісім`;

/**
 * A gathering in the locative, bare or after the possessive (отырыс-та, отырыс-ы-н-да, кеңес-і-н-де,
 * кездесу-і-н-де), or "отырыс соңында" (at its end): where something was said or done. Only the
 * gatherings that are no event of their own here (a forum, a summit, a session is: "форумда сөз
 * сөйледі" tells the forum, and what was said joins it).
 */
const AT_GATHERING = String.raw`(?:отырыс|кеңес|кездесу|жиын|басқосу)(?:(?:[ыі]|с[ыі])?н(?:да|де)|да|де|та|те)|үкімет\s+сағатында|отырыс(?:тың|ы)?\s+(?:соңында|барысында|басында)`;
/**
 * After a gathering's stem: not its nominative (with the possessive) as the subject of adopting,
 * approving or ending in the clause ("бірлескен отырысы кеше, 16 қыркүйекте қабылдаған"): the
 * body's act, not the sitting as an event of its own; not past a converb that ends its own clause
 * ("сессиясы өтіп, депутаттар бюджетті бекітті"). (The passive, "отырысы өтті, онда заң
 * қабылданды", is what was done there.)
 */
const BODY_ACTING = String.raw`(?!(?:с)?[ыі]\s+(?:(?![\p{L}-]*(?:[.;]|п,))[\p{L}\p{N}«»"“”,-]+\s+){0,10}(?:${V('қабылда')}|${V('мақұлда')}|${V('бекіт')}|${V('тоқтат')})(?![\p{L}]))`;
/**
 * After a hearing's stem: not its genitive qualifying its outcome ("тыңдаулардың қорытындысы
 * қаралады": the results are taken up, the hearing is only their owner), unless a participle of
 * its holding dates it ("2 мамырда өткен жария тыңдаулардың қорытындысы").
 */
const HEARING_OWNS = String.raw`(?!(?:лар)?(?:дың|дің|ның|нің)\s+(?:қорытынды|нәтиже)\p{L}*)`;
/** What a sitting sums up, not a count of votes: a period, the economy's course, a body's work. */
const SUMMED_UP = String.raw`даму|жұмыс|қызмет|жыл|тоқсан|жартыжылдық|кезең|бағдарлама|жоспар`;
/** Speech acts told as done, in the past: criticised, called on, stressed, promised, thanked. */
const SPEECH_ACTS = String.raw`сынға\s+алды|шақырды|мәлімдеді|атап\s+өтті|айтты|тоқталды|уәде\s+(?:етті|берді)|алғыс\s+айтты|ескертті|түсіндірді|жеткізді|сөз\s+сөйледі`;
/**
 * Before "кездес": not a participle made a noun, as its subject ("айып таққандар кездесті"), nor a
 * noun other than one met with, before "да/де/та/те" ("басшылар да кездескен"): what occurs ("тағы
 * да", again, is no noun).
 */
const NOT_MET_WITH = String.raw`(?<!(?:ған|ген|қан|кен)(?:дар|дер|тар|тер)\s+(?:(?:да|де|та|те)\s+)?)(?<!(?<![\p{L}])(?![\p{L}]*(?:мен|пен|бен)\s|(?:тағы|бүгін|кеше|ертең|әрі|және)\s)[\p{L}]+\s+(?:да|де|та|те)\s+)`;
/** A participle with a possessive and the accusative: what is reported ("өтетінін", "қаралғанын"). */
const REPORTED = String.raw`(?:атынын|етінін|йтынын|йтінін|ғанын|генін|қанын|кенін)(?![\p{L}])`;

export const KK_TRIGGERS: Trigger[] = [
  // The National Kurultai is a council that meets in sessions, not a party congress.
  { type: 'meeting', facet: 'kurultai', pattern: re(`${W}ұлттық\\s+құрылтай${T}`) },
  // "Құрылтай" is also the name proposed for a one-chamber Parliament ("бір палаталы Құрылтай",
  // "Құрылтай сайлауы", "Құрылтайға көшу", "жаңа Құрылтай", "парламентке – Құрылтайға"): that is
  // a reform's topic, not a gathering.
  { type: 'congress', facet: 'congress', pattern: re(`${W}(?:съез${T}|кезектен\\s+тыс\\s+[IVXLC]+\\b)`) },
  { type: 'congress', facet: 'congress', pattern: re(`${W}құрылтай${T}`), notAfter: re(`(?:ұлттық|палаталы|жаңа|парламент${T}\\s*[—–-])\\s+$`), notBefore: re(`^\\s+(?:сайлау${T}|депутат${T}|деп\\s+атал${T}|көш(?:у|уге|уді)(?![\\p{L}]))`) },
  { type: 'renaming', facet: 'renaming', pattern: re(`${W}(?:деп|болып)\\s+(?:(?:қайта\\s+)?(?:өзгерт|ауыстыр)${T}|қайта\\s+атал${T}|${NAMED})|${W}атау${T}\\s+${GAP(3)}(?:өзгерт|ауыстыр|қайтар)${T}|${W}қайта\\s+атау${T}|${W}ребре${T}|${W}деп\\s+атау\\s+туралы\\s+${GAP(3)}${V('қабылда')}`), notBefore: re(`^\\s+(?:[\\p{L}«»"]+\\s+)?(?:ұсын(?!ысын\\s+қолда)${T}|бастама${T}|мәселе${T}|талқыла${T})`) },
  // The name given, becoming another or changing, and a move to a new name: "оған Астана атауы
  // берілді", "елорданың атауы қайтадан Астана болады", "министрліктің атауы ауысты", "«AMANAT»
  // деген жаңа атауға көшті". (Not "атауы X болып табылады": that only says what it is.)
  { type: 'renaming', facet: 'renaming', pattern: re(`${W}атау(?:ы|лары)?\\s+${AP('бер')}|${W}атау(?:ы|лары)\\s+(?:қайта(?:дан)?\\s+)?${NEW_NAME}\\s+${kkVerb('бол', { forms: ['past', 'perfect', 'future', 'present'] })}|${W}атау(?:ы|лары)\\s+${GAP(2)}(?:${V('өзгер')}|${V('ауыс')})|${W}жаңа\\s+атау(?:ға|ына)\\s+${V('көш')}`), notBefore: re(`^\\s+(?:[\\p{L}«»"]+\\s+)?(?:ұсын(?!ысын\\s+қолда)${T}|бастама${T}|мәселе${T}|талқыла${T})`) },
  // "Референдум комиссиясы" names a body, not the vote.
  { type: 'referendum', facet: 'referendum', pattern: re(`${W}референдум(?!\\s+комиссия)${T}`) },
  // The head of state taking office, acting or elected: "Мемлекет басшысының міндетін атқаруға кірісті".
  { type: 'inauguration', facet: 'head-of-state', pattern: re(`${W}(?:Президент|Мемлекет\\s+басшы)${T}\\s+(?:міндет${T}|қызмет${T}|өкілеттіг${T})\\s+(?:атқаруға\\s+)?кіріс${T}`) },
  // Deputies taking their oath open the chamber's first sitting: a session, not a head of state's
  // inauguration. (A sitting named only as where the oath was sworn, "бірлескен отырысында ант
  // берді", does not say whose oath it was: the head of state's is sworn at one too.)
  { type: 'session', facet: 'oath', pattern: re(`${W}ант\\s+(?:бер|қабылда)${T}`), also: [re(`(?:депутат|отырыс(?!\\p{L}*(?:да|де|та|те)(?![\\p{L}]))|(?<![\\p{L}])біз(?![\\p{L}]))`)] },
  // Taking office by oath; the head of state's oath taken too ("Президентінің антын қабылдады"),
  // not another's oath received ("әкімдердің антын қабылдады").
  { type: 'inauguration', facet: 'inauguration', pattern: re(`${W}(?:ұлықта${T}|ұлыққа\\s+кіріс${T}|инаугурац${T}|ант\\s+бер${T}|ант\\s+қабылда${T}|${HEAD_OF_STATES_OATH}\\s+(?:бер|қабылда)${T})`), notAfter: re(`(?:депутат|(?<![\\p{L}])біз(?![\\p{L}]))[^.]*$`), notBefore: re(`^[^.]*(?:отырыс|депутат)`) },
  // An exit poll is a poll, not the vote ("Еxit poll нәтижесі", with a Cyrillic Е as typed).
  { type: 'other', facet: 'poll', pattern: re(`${W}(?:[eе]xit|[эе]кзит)[\\s-]*(?:poll|пол)${T}|${W}экзитпол${T}`) },
  // The campaign's start or end (or its stop, "тоқтатылды") is a step of the election, not the vote;
  // its day often comes with the hour ("14 наурыз күні сағат 00:00-де аяқталады").
  { type: 'other', facet: 'campaign', pattern: re(`${W}(?:(?:сайлау|сайлауалды)\\s+(?:науқан|үгіт)${T}|үгіт${T}\\s+науқан${T})\\s+${TIMED_GAP(8)}(?:бастал|аяқтал|тоқтатыл)${T}`) },
  // Other steps of the vote's calendar: the day of silence, nominating and registering candidates.
  // Campaigning itself: "үгіт-насихат жұмыстары 14 ақпанда басталды", "үгіт-насихат кезеңі … аяқталады".
  { type: 'other', facet: 'campaign', pattern: re(`${W}үгіт(?:-насихат)?${T}\\s+${TIMED_GAP(8)}(?:бастал|аяқтал|тоқтатыл)${T}`) },
  { type: 'other', facet: 'silence', pattern: re(`${W}тыныштық\\s+күн${T}`) },
  // Candidates' debates on a day of their own: "кандидаттар дебаты 29 мамырға жоспарланған".
  { type: 'other', facet: 'campaign', pattern: re(`${W}(?:теле)?дебат${T}`), needsDate: true },
  // Remembrance: flowers laid at a monument, the dead remembered ("гүл қойды", "еске алу шарасы").
  { type: 'other', facet: 'commemoration', pattern: re(`${W}(?:гүл${T}\\s+${GAP(1)}(?:қойды|қойып|қойылды|қойған|қояды)|еске\\s+алу\\s+(?:шара|жиын|рәсім)${T}|(?:құрбан|қаза\\s+тапқан)${T}\\s+${GAP(2)}еске\\s+ал(?:ды|ынды|ып))`), fallback: true },
  // Ambassadors presenting their credentials: a ceremony with the head of state.
  { type: 'meeting', facet: 'credentials', pattern: re(`${W}сенім\\s+грамота${T}\\s+${GAP(2)}(?:тапсыр|қабылда)${T}`) },
  { type: 'other', facet: 'nomination', pattern: re(`${W}(?:кандидат${T}|партиялық\\s+тізім${T})\\s+(?:${GAP(4)})?(?:ұсыну${T}|тіркеу${T}|тапсыру${T})\\s+${GAP(6)}(?:бастал|аяқтал|жүр|өт(?:еді|ті|кізіл))${T}`) },
  // Elected deputies handed their certificates: "депутаттарға куәліктерін тапсырды".
  { type: 'other', facet: 'registration', pattern: re(`${W}куәлі[кг]${T}\\s+${GAP(3)}${AP('тапсыр')}`), also: [re(`${W}(?:депутат|мәслихат|сенатор|әкім)${T}`)] },
  // A party's list of candidates approved: "партиялық тізімді бекітті".
  { type: 'other', facet: 'party-list', pattern: re(`${W}партиялық\\s+тізім${T}\\s+${GAP(2)}бекіт${T}`) },
  { type: 'election', facet: 'election', pattern: re(`${W}(?:сайлау(?!алды|шы|\\s+жүйе|\\s+заң|\\s+кодекс|\\s+туралы\\s+заң|\\s+алдында|\\s+комиссия|\\s+учаске|\\s+округ)${T}|дауыс\\s+бер(?!у\\s+арқылы)${T}|сайланатын(?![^.;!?]*?(?<![\\p{L}])сайлау(?!алды|шы))${T}|қайта\\s+сайлан${T}|мерзімге\\s+${P('сайла')}|(?:Мәжіліс|мәслихат|Парламент|Сенат|депутат|құрам|әкім)${T}\\s+(?:(?!болып)[\\p{L}\\p{N}«»"“”.,-]+\\s+){0,4}${P('сайла')}|дауыс${T}\\s+${GAP(3)}(?:жеңіске\\s+жет|жеңіп\\s+шық)${T}|әкім${T}\\s+болып\\s+${GAP(3)}${P('сайла')}|${HEAD_OF_STATE}\\s+болып\\s+(?:қайта\\s+)?${P('сайла')})`) },
  // A candidate winning the vote: "жеңіске жетті", "жеңіп шықты", "топ жарды", "бәсекелесінен озып
  // шықты" (every form that tells the act), where the sentence tells of a vote or a candidacy (a team
  // wins matches too; a rival named is no vote of itself): the election's, on its day.
  { type: 'election', facet: 'election', pattern: re(`${W}(?:жеңіске\\s+${V('жет')}|жеңіп\\s+${V('шық')}|топ\\s+${V('жар')}|(?:бәсекелес|қарсылас)${T}\\s+${GAP(1)}озып\\s+${V('шық')})`), also: [re(`${W}(?:сайла${T}|дауыс${T}|үміткер${T}|кандидат${T}|(?:өзін-өзі|партия${T})\\s+ұсынған|округ${T})`)] },
  // Deputies elected on a day the sentence gives: "2023 жылғы 19 наурызда сайланған 32 депутат",
  // "Мәжіліс депутаттары 2023 жылғы 19 наурызда … алғаш рет сайланған" (the vote that chose them).
  { type: 'election', facet: 'elected', pattern: re(`${W}сайланған(?=\\s+(?:\\d+\\s+)?(?:депутат|сенатор)${T})|${W}(?:депутат|сенатор)${T}\\s+${GAP(9)}${kkVerb('сайла', { voice: 'passive', forms: ['past', 'perfect', 'future'] })}`), needsDate: true },
  // Powers ended by a decree, either order ("Президент Жарлығымен оның депутаттық өкілеттігі
  // мерзімінен бұрын тоқтатылды", "өкілеттігі Жарлықпен тоқтатылды"): the decree's act, as in
  // Russian ("Указом … прекращены полномочия"); powers ended otherwise are a resignation.
  { type: 'decree', facet: 'ended-powers', pattern: re(`${W}(?:${BY_DECREE}\\s+${GAP(6)}${ENDED_POWERS}|өкілеттіг${T}\\s+${GAP(4)}${BY_DECREE}\\s+${GAP(2)}тоқтат${T})`) },
  { type: 'resignation', facet: 'resignation', pattern: re(`${W}(?:өкілеттіг${T}\\s+${GAP(5)}тоқтат${T}|отставка${T}|(?:қызмет|лауазым)${T}\\s+${GAP(1)}босат${T}|орн${T}\\s+босат${T}|төрағалықтан\\s+кет${T}|(?:орнынан|қызметінен|лауазымынан|постынан)\\s+(?:кет|түс|бас\\s+тарт|алын)${T}|(?:депутаттық\\s+)?мандат(?:ынан|тан)\\s+бас\\s+${V('тарт')}|мандатын\\s+(?:өз\\s+еркімен\\s+)?${V('тапсыр')})`) },
  // An official who retires leaves the post: "зейнеткерлікке шықты", "зейнетке кеткен" (not the
  // verbal noun of a pension reform, "зейнеткерлікке шығу жасы").
  { type: 'resignation', facet: 'retirement', pattern: re(`${W}зейнет(?:керлік)?ке\\s+(?:${V('шық')}|${V('кет')})`) },
  { type: 'coalition', facet: 'launch', pattern: re(`${W}коалиция${T}`), also: [re(`${W}(?:жұмыс${T}\\s+баста${T}|жұмысқа\\s+(?:\\p{L}+\\s+){0,2}кіріс${T}|құрыл${T}|${V('құр')}|іске\\s+қосыл${T}|${V('бірік')})`)] },
  // A memorandum on creating a coalition, signed, is the coalition's founding act.
  { type: 'coalition', facet: 'memorandum', pattern: re(`${W}коалиция${T}\\s+${GAP(2)}туралы\\s+(?:меморандум|келісім)${T}`), also: [re(`${W}қол\\s+қо[йюя]${T}`)] },
  { type: 'coalition', facet: 'composition', pattern: re(`${W}коалиция${T}\\s+құрам${T}`), also: [re(`${W}(?:енген|енді|кірді|бар)(?![\\p{L}])`)] },
  { type: 'headquarters', facet: 'opening', pattern: re(`${W}штаб${T}`), also: [re(`${W}(?:${AP('аш')}|құрыл${T}|жұмыс${T}\\s+баста${T})`)] },
  { type: 'address', facet: 'address', pattern: re(`${W}(?:жолдау${T}|(?:халқына|халыққа|қазақстандықтарға|азаматтарға)\\s+${GAP(2)}(?:үндеу${T}|${V('жүгін')})|(?:теледидар|телевизия)\\s+${GAP(2)}үндеу${T})`) },
  { type: 'law', facet: 'law', pattern: re(`${W}(?:заң(?:ы|ын|ына|ға|ды(?![»"”]?\\s+(?:күш|тұлға|түрде|негіз|құқ|талап))|ның|нан|да|мен|дар${T}|нама${T})?|кодекс${T})(?![\\p{L}])`), also: [re(`${W}(?:қол\\s+қо[йюя]${T}|${APN('қабылда')}|${INTO_FORCE}|мақұлда${T}|${AP('қайтар')}|вето\\s+${AP('қой')})`)] },
  // The head of state's signature told as a step of its own, after the chambers' ("…, ал Президент
  // 2 сәуірде қол қойды"): the law, on that day; amendments signed so too ("Бұл түзетуге
  // Мемлекет басшысы 17 қыркүйекте қол қойды"), unless they are the Constitution's (a reform).
  { type: 'law', facet: 'law', pattern: re(`${W}(?:Президент|Мемлекет\\s+басшы)${T}\\s+${TIMED_GAP(3)}қол\\s+қой(?:ды|ған)(?![\\p{L}])`), also: [re(`${W}(?:заң|кодекс)${T}|^(?![\\s\\S]*(?:Конституция|конституциялық))[\\s\\S]*${W}түзету${T}`)] },
  // A law or a code amended: "Салық кодексіне өзгерістер енгізілді", "заңға түзетулер енгізеді".
  { type: 'law', facet: 'law', pattern: re(`${W}(?:заң|кодекс)${T}\\s+${GAP(5)}(?:өзгеріс|түзету|толықтыру)${T}\\s+${GAP(3)}${AP('енгіз')}`) },
  // A Constitution coming into force changes the order of the state: a reform, whatever law
  // names it ("Жаңа Конституция қабылданса, ол 1 шілдеде күшіне енеді").
  { type: 'reform', facet: 'constitution', pattern: re(`${W}(?:Конституция(?!лық)|Негізгі\\s+заң)${T}\\s+${GAP(8)}${INTO_FORCE}`) },
  // Changes, a code or a norm taking force on a day of their own ("өзгерістер 1 шілдеден бастап
  // күшіне енеді"): the law's event, whatever names it. An agreement's or a verdict's is not.
  { type: 'law', facet: 'law', pattern: re(`${W}${INTO_FORCE}`), notAfter: re(`(?:келісім|шарт|үкім(?!ет)|конвенция)`), needsDate: true },
  // A bill's reading: "бірінші оқылымда мақұлдады", "екінші оқылымда қаралады".
  { type: 'law', facet: 'reading', pattern: re(`${W}(?:бірінші|екінші|үшінші)\\s+оқылым${T}`) },
  // A chamber taking up a bill on a day: "Мәжіліс бейсенбіде … заң түзетулерін талқылайды",
  // "Сенат заң жобасын мамырда қарайды" (a step of the bill, like its reading).
  // (With the chamber and the time between, and the reported participle: "түзетулерді Мәжіліс
  // маусымның бірінші жартысында қарайтынын айтты".)
  { type: 'law', facet: 'reading', pattern: re(`${W}(?:заң${T}|кодекс${T}|түзетул${T}|заң\\s+жоба${T})\\s+(?:${GAP(2)}|${GAP(1)}(?:Мәжіліс|Сенат|Парламент|палата)${T}\\s+${GAP(4)})(?:талқыла|қара)(?:йды|ды|йтын(?:ын|ы)?|мақ|уы|ған(?:ын|ы)?)(?![\\p{L}])`), also: [re(`${W}(?:Мәжіліс|Сенат|Парламент|палата|депутат|сенатор)${T}`)], needsDate: true },
  { type: 'law', facet: 'passage', pattern: re(`${W}(?:заң\\s+жоба${T}|құжат${T}|түзетул${T})\\s+${GAP(5)}(?:${AP('мақұлда')}|${AP('қабылда')})`) },
  // A bill supported by a chamber's vote, done ("заң жобасын бірінші оқылымда қолдады"; not
  // "қолдайды", a stance; nor the passive "қолданды", also "was used").
  { type: 'law', facet: 'passage', pattern: re(`${W}заң\\s+жоба${T}\\s+${GAP(3)}${kkVerb('қолда', { forms: ['past', 'perfect'] })}`) },
  // A bill put before Parliament: "Құжатты Үкімет 1 қыркүйекте Парламентке енгізген".
  // A chamber adopting the bill named before it by a pronoun: "…, ал Сенат оны 25 ақпанда қабылдады".
  { type: 'law', facet: 'passage', pattern: re(`${W}(?:Мәжіліс|Сенат|Парламент|палата|депутаттар|сенаторлар)${T}\\s+(?:оны|оларды)\\s+${GAP(3)}(?:${V('қабылда')}|${V('мақұлда')}|${V('бекіт')})`), also: [re(`${W}(?:заң|кодекс|түзету|өзгеріс)${T}`)], needsDate: true },
  // A chamber adopting or approving the law the sentence names, as a step of its own ("Заңды
  // Мәжіліс 5 наурызда қабылдап, Сенат 20 наурызда мақұлдады").
  { type: 'law', facet: 'passage', pattern: re(`${W}(?:Мәжіліс|Сенат|Парламент)${T}\\s+${TIMED_GAP(3)}(?:${AP('қабылда')}|${AP('мақұлда')})`), also: [re(`${W}(?:заң|кодекс)${T}`)], needsDate: true },
  { type: 'law', facet: 'submission', pattern: re(`${W}(?:заң\\s+жоба${T}|құжат${T}|кодекс${T})\\s+${GAP(6)}(?:Парламент|Мәжіліс|Сенат)${T}\\s+${GAP(4)}${AP('енгіз')}`) },
  // A bill sent on to the other chamber: "Құжат Сенатқа мамыр айының ортасында жіберілуі мүмкін".
  { type: 'law', facet: 'passage', pattern: re(`${W}(?:заң\\s+жоба${T}|құжат${T}|заң${T}|түзетул${T})\\s+${GAP(2)}(?:Сенат|Мәжіліс|Парламент)(?:қа|ке|ға|ге)\\s+${GAP(5)}(?:жіберіл|жолдан)${T}`), needsDate: true },
  { type: 'decree', facet: 'decree', pattern: re(`${W}(?:жарлы[қғ]${T}|қаулы${T}|өкім${T})`), also: [re(`${W}(?:қол\\s+қо[йюя]${T}|${AP('шығар')}|${V('шық')}|${AP('жарияла')}|${AP('қабылда')}|${INTO_FORCE})`)] },
  // A state's concept, strategy or doctrine approved ("2022-2026 жылдарға арналған тұжырымдамасын
  // бекіткен"), by a decree; not a party's election programme ("сайлауалды бағдарламасы бекітілді").
  { type: 'decree', facet: 'decree', pattern: re(`${W}(?:тұжырымдама|стратегия|доктрина|(?:мемлекеттік|ұлттық)\\s+(?:бағдарлама|жоспар))${T}\\s+${GAP(5)}${kkVerb('бекіт', { voice: 'both', forms: ['past', 'perfect', 'future', 'converb'] })}`) },
  // "сайлауын 19 наурызға тағайындады" calls the election: a decree (the vote is its topic).
  { type: 'decree', facet: 'call-election', pattern: re(`${W}сайлау${T}\\s+${GAP(6)}${AP('тағайында')}`) },
  // "Кезектен тыс сайлау өткізетінін жариялады", "референдумды жариялады": a vote announced is
  // called that day, not held (only the verb of holding between, so "сайлау қорытындысын
  // жариялады", the results, is not).
  { type: 'decree', facet: 'call-election', pattern: re(`${W}(?:сайлау|референдум)(?:ын|ды|ді)?\\s+(?:өткіз(?:іл)?(?:етінін|етіні|уді|у\\s+туралы\\s+шешімін)\\s+)?${AP('жарияла')}`) },
  // "Сайлау/Референдум Мемлекет басшысының 2020 жылғы 14 қазандағы Жарлығымен тағайындалған": the
  // vote called by a decree named with its day; the day is the decree's, not the vote's.
  { type: 'decree', facet: 'call-election', pattern: re(`${W}(?:сайлау|референдум)${T}\\s+${GAP(7)}Жарлы[ғқ]${T}\\s+${AP('тағайында')}`) },
  // A decree named by its date ("2 қыркүйектегі Жарлығымен"): the decree of that day, a weak cue
  // (what the sentence says was done by it, "тағайындалды", takes that day instead).
  { type: 'decree', facet: 'dated', pattern: re(`${W}(?<=(?:ғы|гі|қы|кі)\\s+)(?:Жарлы[ғқ]|қаулы|өкім)${T}`), fallback: true },
  // An emergency named as what a body deals with ("Төтенше жағдайлар министрлігі", "төтенше жағдай
  // жөніндегі комиссия") is the body's name, not a state of emergency declared.
  { type: 'other', facet: 'emergency', pattern: re(`${W}(?:төтенше\\s+жағдай|коменданттық\\s+сағат)${T}`), notBefore: re(`^\\s+(?:жөніндегі\\s+)?(?:[\\p{L}-]+\\s+)?(?:министр|комиссия|департамент|басқарма|комитет|қызмет|штаб|орган)${T}`), also: [re(`${W}(?:енгіз${T}|жариял${T}|режим${T}\\s+${GAP(1)}(?:әрекет|күшінде)${T})`)] },
  // Leaving a party: "партия қатарынан шықты".
  // Leaving or expelled from a party or an organisation: "партиядан шықты", "партиясынан
  // шығарылды", "ұйымнан шығады" (not "партиясынан шыққан үміткер", the candidate it put up).
  { type: 'membership', facet: 'left', pattern: re(`${W}(?:партия${T}\\s+(?:қатарынан|құрамынан|мүшелігінен)|партия(?:дан|сынан|ларынан)|ұйым(?:нан|ынан)|мүшелігінен)\\s+(?:${V('шық')}|${P('шығар')})`), notBefore: re(`^\\s+(?:үміткер|кандидат|депутат|өкіл|саясаткер|сенатор|мүше)${T}`) },
  // A member admitted or become one, a state to an organisation as a person to a party: "ұйымның
  // толыққанды мүшесі ретінде қабылданды", "толық мүше ретінде қабылдау туралы шешім", "ұйымның толық
  // мүшесі атанды", "ұйымға мүше болды", "мүшелігіне қабылданды". (A member who adopts something,
  // "мүшелері … қабылдады", is no admission: the bare noun takes only the passive.)
  { type: 'membership', facet: 'joined', pattern: re(`${W}(?:мүше(?:сі|лері)?\\s+(?:ретінде\\s+(?:${APN('қабылда')})|${P('қабылда')}|${V('атан')}|${kkVerb('бол', { forms: ['past', 'future', 'present'] })})|мүшелігі(?:не|мізге|міне)\\s+${GAP(2)}(?:${P('қабылда')}|${V('өт')}|${V('кір')}))`) },
  { type: 'membership', facet: 'tickets', pattern: re(`${W}партиялық\\s+билет${T}|партия\\s+қатарына\\s+${GAP(3)}(?:қабылдан|өт|кір)${T}`) },
  // A maslikhat agreeing to the akim's candidacy: the appointment's step ("кандидатурасын келісті").
  { type: 'appointment', facet: 'candidacy', pattern: re(`${W}кандидатура${T}\\s+${GAP(4)}(?:келісті|келісілді|мақұлдады|бекітті|қолдады)`) },
  // (An akim "сайланды" is elected by the residents, since the direct elections of 2021: an election.)
  // Only a person is appointed: a benefit, money or a treatment assigned ("атаулы әлеуметтік көмек
  // тағайындалды", "жәрдемақы тағайындап") is none; nor are tasks given to a body ("министрлікке
  // жеті міндет жүктеді"), which are not a post's duties (the possessive: "міндетін … жүктеді").
  { type: 'appointment', facet: 'appointment', pattern: re(`${W}(?:тағайында${T}|қызметіне\\s+бекіт${T}|атқарушы\\s+болып\\s+${P('белгіле')}|(?:қызмет|лауазым)(?:ына|іне)\\s+${V('кіріс')}|міндет(?:і|ін|тері|терін)\\s+${GAP(9)}(?:жүктелді|жүктеді|жүктелген)|(?:төраға|төрағасы|басшы|спикер)${T}\\s+${GAP(2)}${V('сайла')}|құрам${T}\\s+${GAP(1)}бекітті|(?:төрағасы|төрағалығына|басшысы|хатшысы)\\s+${GAP(2)}${P('сайла')}|(?<!әкім\\p{L}*\\s+)(?<!${HEAD_OF_STATE}\\s+)болып\\s+(?:(?:жасырын|ашық)\\s+)?(?:дауыс\\s+беру\\s+арқылы\\s+)?${GAP(3)}(?:қайта\\s+)?${P('сайла')})`), notAfter: re(`(?:сайлау${T}|дауыс\\s+беру${T}|жаза${T}|айыппұл${T}|сараптама${T}|(?<![\\p{L}])(?:көмек|жәрдемақы|зейнетақы|ақша|стипендия|төлем|субсидия|жеңілдік|ем|емдеу|тексеріс)${T}|(?:референдум|отырыс|съез|сессия|кездесу|жиын|құрылтай|мерзім)(?:[ыі]|сы|сі|[ыі]н|сын|сін|ды|ді|ты|ті|ны|ні)?)\\s+${GAP(4)}$`) },
  // A tenure told with its start: "Сенатты 2023 жылғы 2 ақпаннан бері басқарып келеді", "2022 жылғы
  // қаңтардан бастап басқарған", "5 қаңтардан бері
  // … міндетін уақытша атқарып келген": the appointment was on that day.
  { type: 'appointment', facet: 'tenure', pattern: re(`${W}(?:басқар(?:ып\\s+келеді|ып\\s+келген|ады|ған)|міндет${T}\\s+(?:уақытша\\s+)?атқар${T}|болып\\s+(?:келеді|келген|жұмыс\\s+істеп\\s+(?:келеді|келген)))(?![\\p{L}])`), also: [re(`(?:дан|ден|тан|тен|нан|нен),?\\s+(?:бері|бастап)(?![\\p{L}])`)], needsDate: true, fallback: true },
  // Amendments to the Constitution: a reform, whichever chamber or vote the sentence tells.
  { type: 'reform', facet: 'amendment', pattern: re(`${W}(?:Конституция(?!лық)${T}\\s+${GAP(5)}|конституциялық\\s+)(?:өзгеріс|түзету|толықтыру)${T}`), also: [re(`${W}(?:мақұлда${T}|қабылда${T}|қол\\s+қо[йюя]${T}|${INTO_FORCE}|ұсын${T}|жариял${T}|${AP('енгіз')})`)] },
  // Enshrined in the Constitution on a day of its own: "2007 жылғы мамырда оның мәртебесі
  // Конституцияда бекітілді" (a change of the Constitution; not "Конституцияда бекітілген құқықтар",
  // what it says).
  { type: 'reform', facet: 'amendment', pattern: re(`${W}Конституция(?:да|ға)\\s+${GAP(2)}(?:${kkVerb('бекіт', { voice: 'passive', forms: ['past'] })}|${kkVerb('енгіз', { voice: 'passive', forms: ['past'] })}|бекітілген\\s+еді|енгізілген\\s+еді)`), needsDate: true },
  // A rule introduced: "әкімдерді тікелей сайлау 2024 жылдан бастап енгізілді", "мораторий
  // енгізілмек" (not the present, which tells how things are done: "бюллетеньге … тәртіппен
  // енгізіледі").
  { type: 'reform', facet: 'introduced', pattern: re(`${W}(?:сайлау|жүйе|тәртіп|норма|модель|мерзім|мораторий|квота|тариф|салық|ереже|талап)${T}\\s+${GAP(5)}${kkVerb('енгіз', { voice: 'passive', forms: ['past', 'perfect', 'future', 'converb'] })}`) },
  // A post or an institution of the state abolished: "вице-президент лауазымы жойылды" (a reform);
  // a penalty, a norm or a restriction: "өлім жазасы жойылды", "Қазақстан өлім жазасын жойды",
  // "шектеу алынып тасталды" (an event of its own, as annotators record the death penalty's end).
  { type: 'reform', facet: 'abolished', pattern: re(`${W}(?:лауазым|институт)${T}\\s+${GAP(5)}(?:${APN('жой')}|алынып\\s+${V('таста')})`) },
  { type: 'other', facet: 'abolished', pattern: re(`${W}(?:жаза|мораторий|квота|норма|шектеу|мәртебе)${T}\\s+${GAP(5)}(?:${APN('жой')}|алынып\\s+${V('таста')})`) },
  // Reforms named by their year: "2022 жылғы реформалар", "2022 жылғы конституциялық түзетулер" (a
  // recalled reform with a date of its own). The year is asked of the text before the cue, so
  // that the cue starts a word (events/firstMatches.ts probes only word starts on long texts).
  { type: 'reform', facet: 'dated', pattern: re(`${W}(?:реформа|түзету|өзгеріс)${T}`), notAfter: re(`(?<!\\d{4}\\s+жылғы\\s+(?:конституциялық\\s+|саяси\\s+)?)$`), needsDate: true },
  { type: 'reform', facet: 'reform', pattern: re(`${W}реформа${T}`), also: [re(`${W}(?:ұсын(?:амын|ады|ды|бақ|атын)|жарияла${T}|қолға\\s+ал${T}|жеткізбек|басталды|басталады|іске\\s+қосыл${T}|${INTO_FORCE})`)] },
  // A sitting in the nominative that adopts or approves ("палаталарының бірлескен отырысы
  // түзетулерді қабылдады", "сессиясы бюджетті бекітті") is the body acting: its act is the event.
  // A session of an international council or organisation ("Ұжымдық қауіпсіздік кеңесінің
  // сессиясы", "БҰҰ Бас Ассамблеясының сессиясы") is a meeting, not a chamber's or a maslikhat's.
  { type: 'meeting', facet: 'council-session', pattern: re(`${W}(?:(?:кеңес|ұйым)${T}(?:ның|нің|дың|дің|тың|тің)|Бас\\s+Ассамблея${T}|(?:ҰҚШҰ|ШЫҰ|ТМД|БҰҰ|ЕҚЫҰ|ЕАЭО)${T})\\s+сессия${T}`) },
  // A chamber's sitting is a session as a plenary one is ("Сенат отырысында", "палатаның
  // отырысында", "Парламент Мәжілісінің отырысында"): annotated as the chamber's session, and kept
  // beside a proposal made there (events/kinds.ts PLACES_OF_ACTS).
  { type: 'session', facet: 'session', notAfter: re(`(?:(?:кеңес|ұйым)${T}(?:ның|нің|дың|дің|тың|тің)|Бас\\s+Ассамблея${T}|(?:ҰҚШҰ|ШЫҰ|ТМД|БҰҰ|ЕҚЫҰ|ЕАЭО)${T})\\s+$`), pattern: re(`${W}(?:сессия${BODY_ACTING}${T}|бірлескен\\s+отырыс${BODY_ACTING}${T}|(?:пленарлық|жалпы)\\s+отырыс${BODY_ACTING}${T}|(?:Мәжіліс|Сенат|Парламент|палата)${T}\\s+(?:${GAP(1)})?отырыс${BODY_ACTING}${T}|мәслихат${T}\\s+${GAP(2)}(?:отырыс${T}|қарау${T}))`) },
  // A body's own sitting is a meeting of its own: "Үкімет отырысы", "Қауіпсіздік кеңесінің отырысы".
  { type: 'meeting', facet: 'sitting', pattern: re(`${W}(?:Үкімет|Қауіпсіздік\\s+кеңес|коллеги|фракция|саяси\\s+кеңес|әкімдік|Жоғары\\s+\\p{L}+\\s+кеңес)${T}\\s+(?:кеңейтілген\\s+)?(?:отырыс|мәжіліс)${T}`) },
  { type: 'meeting', facet: 'summit', pattern: re(`${W}саммит${T}`) },
  { type: 'meeting', facet: 'forum', pattern: re(`${W}форум${T}`) },
  // A round table, in every case and possessive form: "дөңгелек үстел өтті", "дөңгелек үстелде
  // айтылды", "дөңгелек үстелінің қатысушылары".
  { type: 'meeting', facet: 'roundtable', pattern: re(`${W}дөңгелек\\s+үстел${T}`) },
  // A new head introduced to the staff ("жаңа басшыны аудан әкімдігінің ұжымына … таныстырды"),
  // an official who came out to the residents ("тұрғындардың алдына … шықты"), a private talk
  // ("елшісімен жеке әңгімелесті").
  { type: 'meeting', facet: 'meeting', pattern: re(`${W}(?:ұжым(?:ына|ға)\\s+${GAP(6)}${V('таныстыр')}|(?:тұрғындар|халық|жұртшылық|наразылар)(?:дың|тың|ның)?\\s+алдына\\s+${GAP(6)}${V('шық')}|${V('әңгімелес')})`) },
  // "Кездесу" is also to be met with, to occur: "айып таққандар кездесті" (there were some who
  // accused), "басшылар да кездескен" (such managers were found too). A participle made a noun, or a
  // noun with "да/де" that is no one met with (not "Зеленскиймен де кездесті"), is what occurred.
  { type: 'meeting', facet: 'meeting', pattern: re(`${W}(?:${NOT_MET_WITH}${V('кездес')}|(?:есеб|баяндама)${T}\\s+${GAP(1)}${AP('тыңда')}|кездесу(?!лер)${T}\\s+${GAP(4)}(?:${APN('өт')}|${AP('өткіз')}|${V('бастал')}|болды)|кеңейтілген\\s+отырыс${T}|кеңес\\s+(?!одағ)${GAP(3)}(?:${V('өт')}|${P('өткіз')})|кеңес${T}\\s+${V('өткіз')})`) },
  // A body or its members gathered, on a day the sentence gives: "жұмыс тобы ақпанда үш рет
  // жиналып", "Құрылтай мүшелері Атырауда бас қосқан", "комиссия 5 наурызда жиналады" (every form
  // of жинал and of бас қос that tells the act). Residents gathered before a building protest
  // (the protest's own cue); what is collected ("қол жиналды") has no body to gather.
  { type: 'meeting', facet: 'convened', pattern: re(`${W}(?:${V('жинал')}|бас\\s+${V('қос')})`), also: [re(`${W}(?:то[пб]|кеңес|комиссия|мүше|депутат|сенатор|делегат|басшы|министр|әкім|фракция|партия)${T}`)], notAfter: re(`(?:алдына|алаңға|алаңда|маңына|қол)\\s+(?:[\\p{L}\\p{N}-]+\\s+){0,4}$`), needsDate: true },
  // A meeting or a hearing of reports planned, on a day the sentence gives ("үлескерлермен 20
  // наурызда кездесуді жоспарлап отыр", "кездесу 5 мамырға жоспарланған", "әкімдердің есебін
  // тыңдау алдағы жылдың басында жоспарланған"): the meeting planned for that day, in every form
  // of жоспарла that tells the plan, active or passive.
  { type: 'meeting', facet: 'planned', pattern: re(`${W}(?:кездесу|жиын|басқосу|(?:есеб|баяндама)${T}\\s+тыңдау)(?:[ыі]|ды|ді|[ыі]н)?\\s+${GAP(5)}${kkVerb('жоспарла', { voice: 'both', forms: ['past', 'perfect', 'future', 'present', 'converb'] })}`), needsDate: true },
  // A series of meetings on days the sentence gives: "Кездесулер 2-7 наурыз аралығында аудандарда
  // өтеді" (undated, the plural is only a plan of work).
  { type: 'meeting', facet: 'meeting', pattern: re(`${W}кездесулер${T}\\s+${GAP(5)}(?:${V('өт')}|${P('өткіз')})`), needsDate: true },
  // Discussions held: "облыстық ассамблеяларда алдын ала талқылаулар болды".
  { type: 'meeting', facet: 'discussion', pattern: re(`${W}талқылау(?:лар|ы)?\\s+(?:${V('өт')}|болды|болады|${V('бастал')})`), needsDate: true },
  // What was discussed "at the meeting" (Кездесуде … талқыланды) is that meeting, not another.
  // A proposal, an initiative or an idea under discussion ("сайлау туралы ұсыныс талқыланып
  // жатыр") is the proposal's topic, no gathering.
  { type: 'meeting', facet: 'discussion', pattern: re(`${W}талқыла(?:нды|ды|у\\s+жалғас${T}|нып\\s+жатыр)`), notAfter: re(`(?:(?:кездесу|жиын|отырыс|басқосу|кеңес|келіссөз)\\p{L}*(?:да|де|та|те)\\s+${GAP(8)}|(?:ұсыныс|бастама|идея)(?:[ыі]|сы|сі|[лт]ар|[лт]ер|[лт]ары|[лт]ері)?\\s+)$`) },
  // A draft put to public discussion is a proposal, due by the day the discussion closes: "қаулы
  // жобасы 16 сәуірге дейін көпшіліктің талқылауына шығарылды".
  { type: 'proposal', facet: 'draft', pattern: re(`${W}жоба${T}\\s+${GAP(5)}талқылау(?:ға|ына)\\s+(?:шығар|ұсын|жарияла|ілін|шық)${T}`) },
  // A document handed in: with a report, a draft, a list, a plan or a text as its object in the
  // accusative ("есебін Президент Әкімшілігіне ұсынады", "жобасын Үкіметке ұсынды"), "ұсыну" is to
  // submit, not to propose (the proposal cue inside it is its topic). A draft put to discussion is
  // the draft's proposal above; an act in the accusative before the verb is what was proposed
  // ("заң жобасын әзірлеуді ұсынды").
  { type: 'other', facet: 'submission', pattern: re(`${W}(?:есеб|есеп|баяндама|жоба|тізім|мәтін|жоспар)(?:[ыі]н|с[ыі]н|ны|ні|ды|ді|ты|ті)\\s+(?:(?!талқылау|[\\p{L}-]+[ую](?:ды|ді)(?![\\p{L}]))[\\p{L}\\p{N}«»"“”.,-]+\\s+){0,5}${PROPOSED}`) },
  // An idea voiced, the whole clause between the idea and its verb ("Бір палаталы Парламент идеясын
  // Тоқаев алғаш рет биыл наурызда Бурабайда өткен Ұлттық құрылтайда айтқан еді"), "референдум
  // өткізу идеясы айтылды", "идеяны көтерді" (not supported or discussed: "идеясын қолдады").
  { type: 'proposal', facet: 'proposal', pattern: re(`${W}идея(?:сын|сы|ны)?\\s+${GAP(12)}(?:${AP('айт')}|${AP('көтер')}|${V('білдір')}|${V('жарияла')})(?![\\p{L}])`) },
  // (Not goods offered at a price or for sale: "өнімдерін арзан бағамен ұсынды".)
  { type: 'proposal', facet: 'proposal', pattern: re(`${W}(?:ұсыныс${T}\\s+(?:${AP('жарияла')}|${AP('айт')}|${AP('енгіз')}|${AP('білдір')}|${AP('жаса')})|${PROPOSED}|бастама${T}\\s+${GAP(1)}(?:көтер|ұсын)${T}|кандидат${T}\\s+${GAP(2)}ұсын${T})`), notAfter: re(`(?:бағамен|бағада|бағасымен|сатуға|сатылымға)\\s+$`) },
  // (The converb told with a saying after it; not where the next clause names a time of its own,
  // which is what was said: "ұсынып, сайлауды 2023 жылы өткізу қажеттігін айтты".)
  { type: 'proposal', facet: 'proposal', pattern: re(`${W}${PROPOSED_THEN_SAID}`), notBefore: re(`^,[^.;!?]{0,160}?\\d`) },
  // (Not the participle "біріккен": "Біріккен Ұлттар Ұйымы", "біріккен комиссия" are united, joint;
  // nor the converb "бірігіп", together: "досымен бірігіп жоба жасады", unless parties or bodies
  // merge: "Екі партия … бір партияға бірігіп".) Joining, the verbal noun, is
  // a merger or an accession only into a body or a pact, or by a state named in the genitive
  // ("Одаққа қосылу", "кеңеске Өзбекстанның қосылуы"), not to a broadcast or the mains ("эфирге
  // қосылуға дайын", "электр желісіне заңсыз қосылу").
  { type: 'other', facet: 'merger', pattern: re(`${W}(?:партия${T}\\s+${GAP(3)}(?:${V('қосыл')}|біріктіріл${T})|${kkVerb('бірік', { forms: ['past', 'future', 'present', 'habitual'] })}|(?<=(?:партия|ұйым|одақ|блок|коалиция)\\p{L}*\\s+(?:[\\p{L}\\p{N}-]+\\s+){0,4})бірігіп(?![\\p{L}])|біріккен\\s+(?:еді|болатын)|біріккен(?:ін|дігін)|${JOINED_BY}қосылу${T})`) },
  // A budget amended, adjusted, approved or taken up, a maslikhat's act of its own beside the session
  // that does it: "облыстық бюджетке 12 млрд теңгеге түзету енгізді", "бюджетке өзгерістер
  // енгізілді", "бюджет нақтыланды", "аудандық бюджет қаралмақ". (Not the verbal noun, "бюджетті
  // нақтылау мәселесі", a topic; nor a law on the budget, which is the law's.) The cue is the verb:
  // a date in the attributive before the noun is the budget's year ("биылғы бюджетке"), not the act's.
  { type: 'other', facet: 'budget', pattern: re(`${W}(?<=${W}бюджет${T}\\s+${BUDGET_GAP}(?:(?:түзету|өзгеріс)${T}\\s+${GAP(1)})?)(?:${AP('енгіз')}|${AP('нақтыла')}|${AP('бекіт')}|${AP('қабылда')}|${P('қара')})`) },
  // A party choosing its candidates: "праймериз өткізді".
  { type: 'other', facet: 'primaries', pattern: re(`${W}праймериз`) },
  // A protest named as a topic ("митингіге қатысты заң", "митинг туралы"), or as what is held,
  // settled or prevented in the abstract, by a verbal noun ("митинг өткізуге арналған рұқсат",
  // "қақтығыстарды бейбіт жолмен шешу"), or as what a permit, a notice or an application is for
  // ("пикетке хабарлама жеткілікті"), is no protest that took place.
  { type: 'other', facet: 'protest', pattern: re(`${W}(?:митинг${T}|наразылық(?!\\s+нота)${T}|шеру${T}|толқу${T}|пикет${T}|аштық\\s+(?:${V('жарияла')}|${V('ұста')}|акция${T})|тәртіпсіздік${T}|ереуіл${T}|қақтығыс${T}|(?:алаңға|көшеге)\\s+${V('шық')}|(?:әкімді[кг]|әкімшілі[кг]|ғимарат)${T}\\s+алдына\\s+${GAP(4)}${V('жинал')})`), notBefore: re(`^\\s+${GAP(3)}(?:туралы|қатысты|жөніндегі|жөнінде|(?:өткіз|ұйымдастыр|шеш|болдырма|тоқтат|ретте)(?:у|ю)${T}|(?:рұқсат|хабарлама|өтініш)${T})(?![\\p{L}])`) },
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
  // An official reporting to the public or to the head of state ("халық алдында есеп берді",
  // "тұрғындарына есеп берді"): a meeting, as a report to residents is held in person.
  // Public hearings: "қоғамдық тыңдау өтті", "жария тыңдаулар 3-5 қарашада өтеді".
  { type: 'meeting', facet: 'hearing', pattern: re(`${W}(?<!(?:өткен|болған)\\s+(?:[\\p{L}-]+\\s+)?)(?:(?:қоғамдық|жария|ашық)\\s+тыңдау${HEARING_OWNS}${T}|тыңдаулар${HEARING_OWNS}${T})`) },
  { type: 'meeting', facet: 'hearing', pattern: re(`${W}(?<=(?:өткен|болған)\\s+(?:[\\p{L}-]+\\s+)?)(?:(?:қоғамдық|жария|ашық)\\s+тыңдау${T}|тыңдаулар${T})`) },
  // (The participle before a noun is a property, not a report: "есеп беретін Үкімет", an
  // accountable Government; it reports when an auxiliary or a gathering follows.)
  { type: 'meeting', facet: 'report', pattern: re(`${W}есеп\\s+(?:бер(?:ді|ген|еді|мек|етін(?=\\s+(?:болады|болды|кездесу|жиын|басқосу|отырыс)${T}))|беру\\s+кездесу${T})`) },
  { type: 'meeting', facet: 'visit', pattern: re(`${W}(?:сапар(?!ов)${T}|келіссөз${T}\\s+${GAP(5)}(?:жүргіз|өт|бастал)${T}|телефон${T}\\s+${GAP(1)}сөйлес${T})`) },
  // A press conference or a briefing held: the speaker's, not a visit ("баспасөз мәслихатын
  // өткізді", "брифинг өткізді"), and a statement, as what is said there is its news (and as the
  // statement at a briefing is, below); a conference of another kind is a gathering.
  { type: 'statement', facet: 'press', pattern: re(`${W}(?:баспасөз\\s+(?:мәслихат|конференция)${T}|брифинг${T})\\s+${GAP(5)}(?:өт|өткіз|ұйымдастыр)${T}`) },
  { type: 'meeting', facet: 'conference', pattern: re(`${W}конференция${T}\\s+${GAP(1)}(?:өт|өткіз|ұйымдастыр)${T}`) },
  // An arrival on a day of its own: "Сәрсенбі күні Астанаға 20-дан астам ел делегациясы келді".
  // (A place's name is a word of at most some sixty letters: a longer run is no word, and reading it
  // to its end at every start made 5 MB of one letter slow.)
  { type: 'meeting', facet: 'visit', pattern: re(`${W}[\\p{Lu}][\\p{L}-]{0,60}(?:ға|ге|қа|ке|на|не)\\s+(?:[\\p{L}\\d«»"-]+\\s+){0,5}(?:келді|келеді|келмек|ұшып\\s+келді)(?![\\p{L}])`), also: [re(`${W}(?:делегация${T}|президент${T}|басшы${T}|премьер${T}|канцлер${T}|король${T}|министр${T}|төраға${T})`)], needsDate: true, fallback: true },
  // Diplomatic relations established, or broken off: "дипломатиялық қатынастар 1992 жылғы 3 қаңтарда
  // орнатылған", "дипломатиялық қатынас орнатқанына 30 жыл толды", "қатынастарды үзді".
  { type: 'other', facet: 'relations', pattern: re(`${W}дипломатиялық\\s+қатынас${T}\\s+${GAP(4)}(?:${kkVerb('орнат', { voice: 'both', forms: [...KK_TELLING, 'reported', 'noun'] })}|${kkVerb('үз', { voice: 'both', forms: [...KK_TELLING, 'reported', 'noun'] })})`) },
  // A state's independence recognised: "АҚШ Қазақстанның тәуелсіздігін мойындады", "таныды".
  { type: 'other', facet: 'relations', pattern: re(`${W}тәуелсіздіг${T}\\s+${GAP(2)}(?:${AP('мойында')}|${AP('таны')})`) },
  // An agreement signed, of every kind of document between states (protocol, convention, pact,
  // charter, treaty): "пактінің екінші факультативтік хаттамасына қол қойды"; not a vote's or a
  // sitting's minutes ("учаскелік комиссияның хаттамасына қол қойды").
  { type: 'other', facet: 'agreement', pattern: re(`${W}(?:келісім${T}|меморандум${T}|декларация${T}|бірлескен\\s+мәлімдеме${T}|шарт${T}|(?<!(?:учаске|комиссия|сайлау|отырыс|санау|дауыс)\\p{L}*\\s+)хаттама${T}|конвенция${T}|пакт${T}|хартия${T}|құжат${T}\\s+${GAP(1)}қол\\s+қойыл${T})`), also: [re(`${W}(?:қол\\s+қо[йюя]${T}|бекіт${T}|ратификацияла${T}|(?<=(?:декларация|бірлескен\\s+мәлімдеме)\\p{L}*\\s+)қабылда${T})`)] },
  // A state withdrawing from an agreement: "АҚШ Париж келісімінен шықты".
  { type: 'other', facet: 'agreement', pattern: re(`${W}(?:келісім|шарт|конвенция|пакт|меморандум)(?:нен|тен|інен|ынан|тан|нан)\\s+${V('шық')}`) },
  // An agreement concluded, not signed: "шарт 2008 жылы жасалған", "меморандум жасалды", "екі ел
  // келісім жасасты" (the passive of жаса and the reciprocal жасас, in every form that tells the act);
  // not what is done under one ("келісім бойынша жоспар жасалды"). A facet of its own: it is not the
  // signing the article tells on another day.
  { type: 'other', facet: 'concluded', pattern: re(`${W}(?:келісім${T}|меморандум${T}|шарт(?:ы|тар\\p{L}*)?|конвенция${T}|пакт${T})(?!\\s+(?:бойынша|негізінде|аясында|сәйкес)(?![\\p{L}]))\\s+${GAP(3)}(?:${P('жаса')}|${V('жасас')})`) },
  // A body dissolved ("Мәжілісті таратты"); "жобасы сарапшыларға таратылды" is only handed out.
  // Powers ended early are a body's dissolution, not a person's ("оның өкілеттігін … мерзімінен
  // бұрын тоқтатты": a deputy's or an official's powers, told as a resignation or a sitting's act).
  { type: 'decree', facet: 'dissolution', pattern: re(`${W}(?:(?:Мәжіліс|Парламент|мәслихат|Үкімет|палата|Сенат|партия)${T}\\s+${NO_DATIVE_GAP(6)}${APN('тарат')}|(?<!${PERSONS_POWERS}\\s+${GAP(6)})мерзімінен\\s+бұрын\\s+тоқтат${T})`) },
  { type: 'law', facet: 'ratification', pattern: re(`${W}(?:ратификация${T}|денонсация${T}|рақымшылық${T}|амнистия${T})`) },
  // A pardon granted by the head of state: "Президент 10 сотталғанға кешірім жасады", "кешірім жасалды".
  { type: 'decree', facet: 'pardon', pattern: re(`${W}кешірім\\s+${AP('жаса')}`) },
  // ("Үкімет", the Government, is no verdict, "үкім".) An arrest sanctioned is the court's act too:
  // "сот оны қамауға алуға санкция берді", "үй қамағына алуға санкция берілді". Convicted, found
  // guilty, sentenced, fined, charged, arrested, released from prison, a verdict in force, in every
  // form that tells the act, active or passive (verbForms.ts): "сот оны 5 жылға соттады/соттаған/
  // соттайды", "сотталды", "кінәлі деп таныды/танылды/табылды", "жаза кесілді", "жаза тағайындады"
  // (no appointment), "айыппұл салынды", "айып тағылды", "айыпталуда", "тұтқындалды", "қамаққа
  // алынды", "үкім заңды күшіне енді", "түрмеден босатылды".
  { type: 'other', facet: 'court', pattern: re(`${W}(?:сот${T}\\s+${GAP(6)}(?:үкім(?!ет)|шешім)${T}|үкім\\s+(?:шығар|жарияла)${T}|${kkVerb('ұста', { voice: 'passive', forms: ['past', 'perfect', 'future', 'converb'] })}|(?:қамауға|қамаққа|тұтқынға)\\s+${AP('ал')}|${AP('тұтқында')}|(?:${GUESTS})${T}\\s+ұстады|бас\\s+бостандығынан\\s+айыр${T}|үкім(?!ет)${T}\\s+${GAP(8)}жарияла${T}|${AP('сотта')}(?!\\s+(?:кешірім|рақымшылық|амнистия))|(?:кінәлі|кінәсіз|айыпты)\\s+(?:деп\\s+)?(?:${AP('таны')}|${P('тап')})|(?:жаза|үкім(?!ет))${T}\\s+${GAP(3)}${AP('кес')}|жаза${T}\\s+${GAP(3)}${AP('тағайында')}|айыппұл${T}\\s+${GAP(2)}${AP('сал')}|айып${T}\\s+${GAP(2)}${AP('тақ')}|${kkVerb('айыпта', { voice: 'passive', forms: ['past', 'perfect', 'future', 'present', 'converb', 'noun'] })}|үкім(?!ет)${T}\\s+${GAP(6)}(?:(?:заңды\\s+)?күшіне\\s+${V('ен')}|өзгеріссіз\\s+${AP('қалдыр')}|күшін\\s+${AP('жой')})|(?:түрмеден|қамаудан|қамақтан|абақтыдан|колониядан)\\s+${GAP(2)}(?:${P('босат')}|${V('шық')})|іс${T}\\s+сотқа\\s+${GAP(3)}(?:жолдан|жіберіл)${T}|(?:қылмыстық\\s+)?іс${T}?\\s+қозға${T}|шартты\\s+жаза\\s+ал${T}|(?:қамауға\\s+алуға|тұтқындауға|үй\\s+қамағына\\s+алуға)\\s+санкция\\s+${AP('бер')})`) },
  // A bribe taken or given on a day the sentence gives ("2022-2023 жылдары … 45 млн теңге пара
  // алған"): the offence, an event of its own before the court's; undated, only what a verdict
  // was for ("пара алғаны үшін сотталды").
  { type: 'other', facet: 'bribe', pattern: re(`${W}пара\\s+(?:${V('ал')}|${V('бер')})`), notBefore: re(`^\\s+(?:үшін|деп|дерегі|фактісі)(?![\\p{L}])`), needsDate: true },
  // A trial's stage on a day of its own: the parties' pleadings or last words heard, ended or begun
  // ("тараптардың жарыссөзі өткен жұмада аяқталған", "тараптардың соңғы сөзі тыңдалды").
  { type: 'other', facet: 'trial', pattern: re(`${W}тараптар${T}\\s+(?:соңғы\\s+сөз|жарыссөз)${T}\\s+${GAP(3)}(?:${P('тыңда')}|${V('аяқтал')}|${V('өт')}|${V('бастал')})`), needsDate: true },
  // A trial begun, held or ended on a day of its own: "сот процесі 5 наурызда басталды".
  { type: 'other', facet: 'trial', pattern: re(`${W}сот\\s+(?:процес|талқылау)${T}\\s+${GAP(5)}(?:${V('бастал')}|${V('аяқтал')}|${V('өт')}|${V('жалғас')})`), needsDate: true },
  // A case heard on a day of its own, on appeal too: "Іс апелляциялық сатыда желтоқсанда қаралуы мүмкін".
  { type: 'other', facet: 'trial', pattern: re(`${W}(?:іс${T}|апелляция${T})\\s+${GAP(5)}(?:${kkVerb('қара', { voice: 'passive', forms: ['past', 'perfect', 'future', 'present', 'noun'] })})`), also: [re(`${W}(?:сот${T}|апелляциялық|кассациялық|сатыда)`)], needsDate: true },
  // Detained: "оны 17 қазанда ұстады", "қызметкерлерінің қолына түсті" (only beside a crime or an investigator).
  // (Any subject and tense: "полиция 20 белсендіні ұстады", "ҰҚК оны ұстаған"; not "ұстайды", also
  // to hold or keep.) Acquitted, or rehabilitated, beside a court or a charge: "сот оны ақтады",
  // "қуғын-сүргін құрбандары ақталды" (not "сенімді ақтады", to justify trust).
  { type: 'other', facet: 'court', pattern: re(`${W}${AP('ақта')}`), also: [re(`${W}(?:сот${T}|алқаби${T}|үкім(?!ет)${T}|айып${T}|қылмыс${T}|қуғын${T}|репрессия${T})`)] },
  { type: 'other', facet: 'court', pattern: re(`${W}(?:${kkVerb('ұста', { forms: ['past', 'perfect', 'future'] })}|қолына\\s+түст${T})`), also: [re(`${W}(?:сыбайлас|пара${T}|қылмыс${T}|тергеу${T}|агенттік${T}|полиция${T}|ҰҚК|прокурор${T}|күдік${T}|алаяқ${T})`)] },
  // A term that ends on a day of its own: "оның мерзімі 2028 жылы бітеді", "өкілеттік мерзімі аяқталады".
  { type: 'other', facet: 'term', pattern: re(`${W}мерзім${T}\\s+${GAP(5)}(?:${V('біт')}|${V('аяқтал')})`), needsDate: true },
  // Put off to a later day: "мәселені қарауды қыркүйекке қалдырды", "кейінге қалдырылды", "шегерілді".
  { type: 'other', facet: 'postponed', pattern: re(`${W}(?:(?:қарау|талқылау|өткізу)(?:ды|ді|ын)\\s+${GAP(3)}${AP('қалдыр')}|кейінге\\s+${AP('қалдыр')}|${kkVerb('шегер', { voice: 'both', forms: ['past', 'perfect', 'future'] })})`), needsDate: true },
  // A recall that opens on a day ("Еске салсақ, 2 қаңтар күні Жаңаөзен тұрғындары …"): something
  // happened that day, even when no other cue names what.
  { type: 'other', facet: 'recalled-day', pattern: re(`${W}(?:еске\\s+(?:салсақ|салайық|сала\\s+кетейік|салып\\s+өтейік))[,\\s]+(?=\\d{1,2}(?:-ші|-шы)?\\s+\\p{L}+)`), needsDate: true, clauseDate: true, fallback: true },
  // A body of the state made or made anew is a reform of the state, not an organisation founded:
  // "Конституциялық Сот қайта құрылып"; so is one that appears, is split, merged, reorganised or
  // abolished ("министрлігі пайда болды", "агенттігі таратылды", "министрліктер біріктірілген"). (A new region, "Абай облысы құрылған", is told as an event
  // of its own, as both evaluation sets mostly annotate it.)
  { type: 'reform', facet: 'institution', pattern: re(`${W}(?:Конституциялық\\s+Сот|палата|министрлі|агентті[кг])${T}\\s+${GAP(4)}(?:(?:қайта\\s+)?(?:құрыл|ұйымдастырыл)|пайда\\s+бол|бөлін|біріктіріл|таратыл)(?:ды|ді|ған|ген|ғанын|генін|ып|іп|мақ|мек|ады|еді)(?![\\p{L}])`), needsDate: true },
  // A party or a movement founded by its founders: "жаңа партия құрды", "қозғалысын құрған".
  { type: 'other', facet: 'founding', pattern: re(`${W}(?:партия|қозғалыс)(?:ны|сын|лар|ларды)?\\s+${AP('құр')}`) },
  // (The participle in any case, with or without the possessive: "1995 жылғы 1 наурызда
  // құрылғанын", "8 маусымда құрылғаннан бері", "құрылғанына үш жыл толды".)
  { type: 'other', facet: 'founding', pattern: re(`${W}(?:жұмыс(?:ын|ы)\\s+баста(?:ды|ған)|құрылды|құрылған(?:ы(?:н|на|нда|нан|ның)?|ға|да|нан|ның)?|негізі\\s+қаланды|іске\\s+қосылды|ашылды|ашылған|басқарды|басқарған|басшылық\\s+етті)(?![\\p{L}])`), needsDate: true, fallback: true },
  // An instruction with a deadline: the task is an event planned for that day ("жоспарын 1 қазанға
  // дейін әзірлеуді жүктеді", "1 мамырға дейін есеп беруді тапсырды"); without one it is talk.
  // (By a part of a month, a season or the year's end too: "маусымның соңына дейін", "жыл соңына
  // дейін", "2025 жылдың жазына дейін".)
  { type: 'other', facet: 'instruction', pattern: re(`${W}${KK_INSTRUCTING}(?![\\p{L}])`), also: [KK_DUE_BY], needsDate: true, fallback: true },
  // A task that must be done by a day, with no one named instructing: "Министрлік актілерді 1
  // шілдеге дейін бекітуі тиіс", "үгіт топтары ақпанның соңына дейін аралап шығуы керек".
  { type: 'other', facet: 'instruction', pattern: re(`${W}[\\p{L}]{2,}(?:уы|уі|юы|юі)\\s+(?:тиіс|керек|қажет)(?![\\p{L}])`), also: [KK_DUE_BY], needsDate: true, fallback: true },
  // A party's or a body's chair handed to a person (a name in the dative): "Мемлекет басшысы партия
  // төрағалығын Ерлан Қошановқа тапсырды", "Назарбаев партия төрағалығын Тоқаевқа берген": who
  // takes the post; and the chair taken by whoever the sentence names ("Кеңестің төрағалығын
  // Мемлекет басшысы өзі қабылдаған").
  { type: 'appointment', facet: 'appointment', pattern: re(`${W}(?:төрағалығ|басшылығ|жетекшіліг)(?:ын|ін|ы|і)\\s+(?:\\p{Lu}[\\p{L}.-]*\\s+){0,2}(?:\\p{Lu}\\.\\s?)?\\p{Lu}[\\p{L}-]*(?:ға|ге|қа|ке)\\s+(?:${AP('тапсыр')}|${AP('бер')})|${W}(?:төрағалығ|басшылығ|жетекшіліг)(?:ын|ін)\\s+${GAP(4)}${V('қабылда')}`) },
  // A chairmanship taken, held or handed over: "ұйымға төрағалықты 4 шілдеде қабылдаған", "төрағалық
  // етіп"; the time, the place and the giver stand between, within the clause ("2023 жылғы 4
  // шілдеде онлайн форматта өткен саммитте Үндістаннан").
  { type: 'other', facet: 'chairmanship', pattern: re(`${W}төрағалық(?:ты)?\\s+(?:[\\p{L}\\p{N}«»"“”-]+\\s+){0,9}(?:қабылда${T}|тапсыр${T}|ет(?:ті|іп|кен|еді|пек)(?![\\p{L}]))`), needsDate: true, fallback: true },
  // A chairmanship begun, ended or passed to a state: "Қазақстанның Ұйымдағы төрағалығы басталады",
  // "Төрағалық Қытайға өтті".
  { type: 'other', facet: 'chairmanship', pattern: re(`${W}(?:төрағалығ${T}\\s+${GAP(5)}(?:${V('бастал')}|${V('аяқтал')})|төрағалық\\s+[\\p{L}-]+(?:ға|ге|қа|ке)\\s+${V('өт')})`), needsDate: true, fallback: true },
  // Something due by a day or starting on one ("1 қазанға дейін әзірлеу", "28 ақпаннан бастап
  // ілінеді", "13 маусымнан 27 маусымға дейін"): an event on that (first) day, when nothing more specific is told. (A day, not a year:
  // "2035 жылға дейін" is a horizon.)
  { type: 'other', facet: 'due', pattern: re(`(?<![\\p{L}\\p{N}])\\d{1,2}(?:-ші|-шы)?\\s+\\p{L}+\\s+(?:дейін|шейін)(?![\\p{L}])`), notAfter: re(`(?:нан|нен|дан|ден|тан|тен)\\s+$`), needsDate: true, clauseDate: true, fallback: true },
  { type: 'other', facet: 'start', pattern: re(`(?<![\\p{L}\\p{N}])\\d{1,2}(?:-ші|-шы)?\\s+\\p{L}+(?:\\s+бастап(?![\\p{L}])|(?:нан|нен|дан|ден|тан|тен)(?=\\s+\\d))`), needsDate: true, clauseDate: true, fallback: true },
  // (Not time passing: "құрылғанына 30 жыл өтті", thirty years have passed.)
  { type: 'other', facet: 'happening', pattern: re(`${W}(?:өтті|өтеді|өтетін|өткен|өткізілді|өткізіледі|өткізілетін|өткізді|басталды|басталады|аяқталды|аяқталады|тоқтатылды|тоқтатылады|жарияланды|жарияланады|басталып|аяқталып|жарияланып|шешім\\s+қабылда${T}|бекітілді|бекітіледі|қабылданды|қол\\s+қойыл${T}|шақырылды|бекітті|қолдады|(?:өткіз|бекіт)еміз|(?:аяқта|баста|жарияла)ймыз|(?:өтуі|өткізілуі|басталуы|аяқталуы)\\s+(?:мүмкін|тиіс|керек|қажет))(?![\\p{L}])`), notAfter: re(`(?:жыл|ай|апта|күн|уақыт)\\s+$`), needsDate: true, fallback: true },
  { type: 'other', facet: 'award', pattern: re(`${W}(?:марапатта${T}|наград${T}|орден${T}\\s+${GAP(2)}табыста${T}|атағ(?:ы|ын)\\s+${GAP(1)}${AP('бер')}|атағына\\s+ие\\s+${V('бол')})`) },
  { type: 'meeting', facet: 'gathering', pattern: re(`${W}(?:жиын|басқосу|отырыс|жиналыс)${BODY_ACTING}${T}`), generic: true },
  // "Мемлекет басшысы Премьер-министрді қабылдады" (received him): an audience, unless a law or a
  // decision was adopted (their own triggers win over this weak cue).
  // (A name word is never longer than 40 letters: unbounded, one 5 MB "word" is read to its end
  // and back.)
  // A guest noun in the nominative with its possessive ("Мемлекет басшысы өзі қабылдаған",
  // "министрі") names who received, not whom (unless a name in the accusative follows it: "Бас
  // прокуроры Берік Асыловты қабылдады"). The office in the abstract noun ("Кеңестің
  // төрағалығын қабылдады", "басшылығын", "әкімдігін") is a post taken, not a guest received.
  { type: 'meeting', facet: 'audience', pattern: re(`${W}(?:(?:${GUESTS})(?![лдт][ыі][қкғг])(?!\\p{L}{0,12}(?:с[ыі]|(?<![дтн])[ыі])(?![\\p{L}])(?!\\s+(?:[\\p{L}-]+\\s+)?[\\p{L}-]+(?:ны|ні|ды|ді|ты|ті)\\s))${T}|(?!(?:${DOCUMENTS}))[\\p{Lu}][\\p{L}-]{1,40}(?:ны|ні|ды|ді|ты|ті|н))\\s+(?:[\\p{L}-]+\\s+){0,2}қабылда(?:ды|ған)(?![\\p{L}])`), also: [re(`${W}(?:мемлекет\\s+басшысы|президент${T}|премьер-министр${T}|ақордада|әкім${T})`)], fallback: true },
  // Received by the head of state: "Президенттің қабылдауында болды".
  { type: 'meeting', facet: 'audience', pattern: re(`${W}(?:Президент|Мемлекет\\s+басшысы|Премьер-министр)${T}\\s+қабылдау${T}\\s+бол${T}`) },
  // Results approved by a commission: "ОСК сайлау қорытындысын бекітті" (as the Russian facet).
  { type: 'other', facet: 'results', pattern: re(`${W}(?:қорытынды|нәтиже)${T}\\s+${GAP(5)}${kkVerb('бекіт', { voice: 'both', forms: ['past', 'perfect', 'future'] })}`) },
  // Results announced: "сайлаудың қорытындысын жариялады" (the announcement, not the vote). A
  // period's or a body's work summed up ("2023 жылғы әлеуметтік-экономикалық дамуының қорытындысы
  // шығарылып", "жылдың қорытындысын шығарды", "жұмыс нәтижелері жарияланды") is the sitting's
  // business, no announcement of its own.
  // Told as done or to be done (not the conditional, "нәтижесі шықса"), or by a body in the news
  // present ("Комиссия қорытындыларын жариялайды"); the passive or a person's present only on a day
  // the sentence gives ("қорытындысы 20 наурызда жарияланады"): undated, it is what is done as a
  // rule or what we will do ("тиісті қорытынды шығарамыз", "сол жөнінде қорытынды шығарылады").
  { type: 'statement', facet: 'results', pattern: re(`${W}(?:қорытынды|нәтиже)${T}\\s+${GAP(5)}(?:${DONE('жарияла')}|${DONE('шығар')}|(?:жариялайды|шығарады)(?![\\p{L}]))`), notAfter: re(`${W}(?:${SUMMED_UP})\\p{L}*\\s+$`) },
  { type: 'statement', facet: 'results', pattern: re(`${W}(?:қорытынды|нәтиже)${T}\\s+${GAP(5)}(?:${NOW('жарияла')}|${NOW('шығар')})`), notAfter: re(`${W}(?:${SUMMED_UP})\\p{L}*\\s+$`), needsDate: true },
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
  // Said on a day the sentence gives ("бүгін … хабарлады", "сейсенбі күні … жариялаған"): a
  // statement of that day; undated, a verb of saying is only how a fact is sourced.
  { type: 'statement', facet: 'said', pattern: re(`${W}(?:деді|айтты|хабарлады|хабарлаған|атап\\s+өтті|түсіндірді|жеткізді|сынға\\s+алды|шақырды|мәлімдеген|айтқан|ескертті|сендірді|уәде\\s+(?:етті|берді)|(?<=[\\p{L}](?:у|ю)(?:ды|ді)\\s+)тапсырды)(?![\\p{L}])`), needsDate: true, clauseDate: true, fallback: true },
  { type: 'statement', facet: 'statement', pattern: re(`${W}(?:мәлімде(?:ді|ген|йді)|мәлім\\s+(?:етті|еткен|етеді)|мәлімдеме${T}|түсініктеме\\s+бер${T}|сөз\\s+сөйле${T}|сөйлеген\\s+сөз${T}|алғыс\\s+айт(?!у\\s+күн)${T}|үндеу${T}|құттықта(?:ды|ған|йды|п)|(?:көмек|қолдау)\\s+сұрап\\s+${V('жүгін')}|баға(?:сын|сы)\\s+${GAP(3)}${AP('жарияла')})`), fallback: true },
]; // prettier-ignore
