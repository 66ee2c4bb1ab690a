/**
 * Kazakh triggers of votes and the ceremonies of office: the National Kurultai and party
 * congresses, renamings, referendums, inaugurations and oaths, the campaign's steps (exit polls,
 * the day of silence, debates, nominations, registration, party lists), commemorations,
 * credentials, elections and their winners. In lexicon order: see triggers.ts.
 */
import { re, W, type Trigger } from '../../../events/trigger';
import { T, V, P, AP, GAP, TIMED_GAP, HEAD_OF_STATE } from './triggerPieces';
import { kkVerb } from './verbForms';
import { KK_POST_HELD_SPAN } from '../lexicon/postBecome';

/**
 * A name given, told as done (аталды, аталған, аталмақ, аталып): "деп аталады", "деп аталатын" is
 * only what a thing is called (unless named anew: "деп қайта аталады").
 */
const NAMED = kkVerb('атал', { forms: ['past', 'perfect', 'future', 'converb'] });
/** The oath of the head of state's office, "Қазақстан Республикасы Президентінің антын". */
const HEAD_OF_STATES_OATH = String.raw`(?:Президент|Мемлекет\s+басшы)\p{L}*\s+ант(?:ын|ы)`;
/** A proper name, quoted or capitalised, of up to three words: "Астана", "«Жаңа Қазақстан»". */
const NEW_NAME = String.raw`(?:[«"“][^»"”]{1,40}[»"”]|\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2})`;

/** The Constitution in the nominative, bare or possessive: "Конституция", "Конституциясы", "Ата Заңы". */
const CONSTITUTION = String.raw`(?:Конституция(?:сы)?|(?:Ата|Негізгі)\s+[Зз]аң(?:ы)?)(?![\p{L}])`;
/** Adopted: "қабылданды", "қабылданады", "қабылданбақ", "қабылданып". */
const ADOPTED = kkVerb('қабылда', {
  voice: 'passive',
  forms: ['past', 'present', 'future', 'converb'],
});
/**
 * Up to six words between the Constitution and its adoption ("15 наурызда", "референдумда", "ресми
 * түрде"), none a noun it is the possessor or the topic of ("Конституция жобасы", "Конституция
 * туралы заң") nor a verb that closes its clause ("Конституция қабылданғаннан кейін … қабылданды").
 */
/** Verbal nouns of the acts, coordinated: "әзірлеу мен", "дайындау және", "ұйымдастыру және". */
const ACTS_AND = String.raw`(?:\p{Ll}[\p{L}\p{M}]+[ую]\s+(?:мен|бен|пен|және)\s+)?`;
const ADOPTION_GAP = String.raw`(?:(?!(?:жоба|туралы|өзгеріс|түзету|заң)|\p{L}*(?:ған|ген|қан|кен)\p{L}{0,5}\s|\p{L}*(?:ып|іп|ды|ді|ты|ті)\s)[\p{L}\p{N}«»"-]+\s+){0,6}`;

export const KK_VOTE_TRIGGERS: Trigger[] = [
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
  // Citizens adopting or backing the Constitution or its amendments ("азаматтар жаңа Конституцияны
  // қабылдады", "қазақстандықтар Конституцияға түзетулерді қолдады"): only the people's vote adopts
  // a Constitution, a referendum. (Not "Халық партиясы", a party.)
  { type: 'referendum', facet: 'referendum', pattern: re(`${W}(?:қазақстандықтар|азаматтар|сайлаушылар|халық(?!\\s+партия))(?![\\p{L}])\\s+${GAP(6)}(?:Конституция|Ата\\s+Заң)${T}\\s+${GAP(2)}(?:қабылда|мақұлда|қолда)(?:ды|ған|пты)(?![\\p{L}])`) },
  // The Constitution adopted, told as done or ahead ("Жаңа Конституция қабылданды", "Ата Заң
  // қабылданады", "Қазақстанның жаңа Конституциясы қабылданып"): only the people's vote adopts one,
  // a referendum, whose outcome the day's news may tell. (The nominative, bare or possessive, only:
  // not "Конституцияға өзгерістер қабылданды", "Конституция жобасы қабылданды"; nor the participle,
  // "қабылданған Конституция", "Конституция қабылданғаннан кейін".)
  { type: 'referendum', facet: 'referendum', pattern: re(`${W}${CONSTITUTION}\\s+${ADOPTION_GAP}${ADOPTED}`), notBefore: re(`^\\s+(?:кейін|соң|бері)(?![\\p{L}])`), outcome: true },
  // The head of state taking office, acting or elected: "Мемлекет басшысының міндетін атқаруға кірісті".
  { type: 'inauguration', facet: 'head-of-state', pattern: re(`${W}(?:Президент|Мемлекет\\s+басшы)${T}\\s+(?:міндет${T}|қызмет${T}|өкілеттіг${T})\\s+(?:атқаруға\\s+)?кіріс${T}`) },
  // Or becoming the head of state: "(Қазақстан) Президенті болды", "Мемлекет басшысы болады"; the
  // post in the nominative (possessed or bare) before the copula's past or future. The copula also
  // says who one was ("30 жыл бойы Президент болды"): only a day or year of its own tells a change.
  { type: 'inauguration', facet: 'took-office', pattern: re(`${W}(?:Президент(?:і)?|Мемлекет\\s+басшысы)\\s+(?:болды|болады|болмақ)(?![\\p{L}])`), needsDate: true, clauseDate: true, notAfter: re(KK_POST_HELD_SPAN) },
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
  // Its course from a day to the eve of the vote: "сайлауалды үгіт 28 ақпаннан бастап сайлау
  // күнінің алдындағы тәуліктің сағат нөліне дейін жүргізіледі" (the campaign's start, not the vote).
  { type: 'other', facet: 'campaign', pattern: re(`${W}(?:сайлау|сайлауалды)\\s+(?:науқан|үгіт)${T}\\s+[^.!?]{0,60}?бастап\\s+[^.!?]{0,100}?жүргізіл${T}`) },
  // Campaigning itself: "үгіт-насихат жұмыстары 14 ақпанда басталды", "үгіт-насихат кезеңі … аяқталады".
  { type: 'other', facet: 'campaign', pattern: re(`${W}үгіт(?:-насихат)?${T}\\s+${TIMED_GAP(8)}(?:бастал|аяқтал|тоқтатыл)${T}`) },
  // The vote's calendar plan approved ("сайлауды өткізудің күнтізбелік жоспарын бекітті",
  // "референдумға дайындық жоспары бекітілді"): the commission's act, not the vote.
  // (Its acts may be coordinated verbal nouns first: "референдумды әзірлеу мен өткізудің негізгі
  // іс-шараларының күнтізбелік жоспарын".)
  { type: 'other', facet: 'vote-plan', pattern: re(`${W}(?:сайлау|референдум)${T}\\s+${ACTS_AND}${GAP(5)}(?:күнтізбе|жоспар|кесте)${T}\\s+${GAP(2)}бекіт${T}`) },
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
  // шықты" (every form that tells the act), or losing it: "жеңілді", "жеңіліп қалды", "жеңіліс
  // тапты", "жеңіліске ұшырады"; where the sentence tells of a vote or a candidacy (a team wins
  // matches too; a rival named is no vote of itself): the election's, on its day.
  { type: 'election', facet: 'election', pattern: re(`${W}(?:жеңіске\\s+${V('жет')}|жеңіп\\s+${V('шық')}|топ\\s+${V('жар')}|(?:бәсекелес|қарсылас)${T}\\s+${GAP(1)}озып\\s+${V('шық')}|жеңіліп\\s+${V('қал')}|жеңіліс(?:ке)?\\s+(?:${V('тап')}|${V('ұшыра')})|${V('жеңіл')})`), also: [re(`${W}(?:сайла${T}|дауыс${T}|үміткер${T}|кандидат${T}|(?:өзін-өзі|партия${T})\\s+ұсынған|округ${T})`)] },
  // Deputies elected on a day the sentence gives: "2023 жылғы 19 наурызда сайланған 32 депутат",
  // "Мәжіліс депутаттары 2023 жылғы 19 наурызда … алғаш рет сайланған" (the vote that chose them).
  { type: 'election', facet: 'elected', pattern: re(`${W}сайланған(?=\\s+(?:\\d+\\s+)?(?:депутат|сенатор)${T})|${W}(?:депутат|сенатор)${T}\\s+${GAP(9)}${kkVerb('сайла', { voice: 'passive', forms: ['past', 'perfect', 'future'] })}`), needsDate: true },
]; // prettier-ignore
