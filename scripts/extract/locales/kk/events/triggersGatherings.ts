/**
 * Kazakh triggers of sessions and meetings: a chamber's or a council's session, the Government's
 * sitting, summits, forums, round tables, meetings held, planned or convened, discussions. In
 * lexicon order: see triggers.ts.
 */
import { re, W, type Trigger } from '../../../events/trigger';
import { T, V, P, AP, APN, GAP, BODY_ACTING } from './triggerPieces';
import { kkVerb } from './verbForms';

/**
 * Before "кездес": not a participle made a noun, as its subject ("айып таққандар кездесті"), nor a
 * noun other than one met with, before "да/де/та/те" ("басшылар да кездескен"): what occurs ("тағы
 * да", again, is no noun).
 */
const NOT_MET_WITH = String.raw`(?<!(?:ған|ген|қан|кен)(?:дар|дер|тар|тер)\s+(?:(?:да|де|та|те)\s+)?)(?<!(?<![\p{L}])(?![\p{L}]*(?:мен|пен|бен)\s|(?:тағы|бүгін|кеше|ертең|әрі|және)\s)[\p{L}]+\s+(?:да|де|та|те)\s+)`;

/** A forum's panel, thematic or expert session: "панельдік сессия", "тақырыптық сессиясында". */
const FORUM_SESSION = String.raw`${W}(?:панельдік|панелдік|тақырыптық|сараптамалық)`;

/**
 * A gathering's own session, the gathering in the genitive before it ("форумының пленарлық
 * сессиясында", "саммиттің сессиясы", "съезінің жалпы отырысында"): a part of that forum, summit,
 * congress or conference, which is the event, not a body's sitting.
 */
const GATHERING_OWNS = String.raw`(?:форум|саммит|конгрес|конференция|съез)\p{L}*(?:ның|нің|дың|дің|тың|тің)\s+(?:(?:пленарлық|жалпы|бірлескен)\s+)?`;

export const KK_GATHERING_TRIGGERS: Trigger[] = [
  // A sitting in the nominative that adopts or approves ("палаталарының бірлескен отырысы
  // түзетулерді қабылдады", "сессиясы бюджетті бекітті") is the body acting: its act is the event.
  // A session of an international council or organisation ("Ұжымдық қауіпсіздік кеңесінің
  // сессиясы", "БҰҰ Бас Ассамблеясының сессиясы") is a meeting, not a chamber's or a maslikhat's.
  { type: 'meeting', facet: 'council-session', pattern: re(`${W}(?:(?:кеңес|ұйым)${T}(?:ның|нің|дың|дің|тың|тің)|Бас\\s+Ассамблея${T}|(?:ҰҚШҰ|ШЫҰ|ТМД|БҰҰ|ЕҚЫҰ|ЕАЭО)${T})\\s+сессия${T}`) },
  // A chamber's sitting is a session as a plenary one is ("Сенат отырысында", "палатаның
  // отырысында", "Парламент Мәжілісінің отырысында"): annotated as the chamber's session, and kept
  // beside a proposal made there (events/kinds.ts PLACES_OF_ACTS).
  // (A forum's panel or thematic session, "панельдік сессия", is a talk at the forum; a forum's
  // plenary session, "форумының пленарлық сессиясы", is part of the forum.)
  { type: 'session', facet: 'session', notAfter: re(`(?:(?:кеңес|ұйым)${T}(?:ның|нің|дың|дің|тың|тің)|Бас\\s+Ассамблея${T}|(?:ҰҚШҰ|ШЫҰ|ТМД|БҰҰ|ЕҚЫҰ|ЕАЭО)${T})\\s+$|${FORUM_SESSION}\\s+$|${GATHERING_OWNS}$`), pattern: re(`${W}(?:сессия${BODY_ACTING}${T}|бірлескен\\s+отырыс${BODY_ACTING}${T}|(?:пленарлық|жалпы)\\s+отырыс${BODY_ACTING}${T}|(?:Мәжіліс|Сенат|Парламент|палата)${T}\\s+(?:${GAP(1)})?отырыс${BODY_ACTING}${T}|мәслихат${T}\\s+${GAP(2)}(?:отырыс${T}|қарау${T}))`) },
  // A sitting someone held: "Мәулен Әшімбаев отырыс өткізді", "кезекті отырысын өткізді" (a
  // plenary, joint or extended one, a chamber's, has its own cue; a court's is a hearing).
  { type: 'meeting', facet: 'sitting', pattern: re(`${W}отырыс${T}\\s+(?:[\\p{L}-]+\\s+){0,1}${AP('өткіз')}`), notAfter: re(`${W}(?:пленарлық|бірлескен|жалпы|кеңейтілген|сот|Мәжіліс|Сенат|Парламент|палата)${T}\\s+(?:[\\p{L}-]+\\s+){0,1}$`) },
  // A body's own sitting is a meeting of its own: "Үкімет отырысы", "Қауіпсіздік кеңесінің отырысы".
  { type: 'meeting', facet: 'sitting', pattern: re(`${W}(?:Үкімет|Қауіпсіздік\\s+кеңес|коллеги|фракция|саяси\\s+кеңес|әкімдік|Жоғары\\s+\\p{L}+\\s+кеңес)${T}\\s+(?:кеңейтілген\\s+)?(?:отырыс|мәжіліс)${T}`) },
  { type: 'meeting', facet: 'summit', pattern: re(`${W}саммит${T}`) },
  { type: 'meeting', facet: 'forum', pattern: re(`${W}форум${T}`) },
  // A round table, in every case and possessive form: "дөңгелек үстел өтті", "дөңгелек үстелде
  // айтылды", "дөңгелек үстелінің қатысушылары".
  { type: 'meeting', facet: 'roundtable', pattern: re(`${W}дөңгелек\\s+үстел${T}`) },
  // A new head introduced to the staff ("жаңа басшыны аудан әкімдігінің ұжымына … таныстырды"),
  // an official who came out to the residents ("тұрғындардың алдына … шықты"), a private talk
  // ("елшісімен жеке әңгімелесті"; by telephone, a call: triggersHearingsVisitsDiplomacy.ts).
  { type: 'meeting', facet: 'meeting', pattern: re(`${W}(?:ұжым(?:ына|ға)\\s+${GAP(6)}${V('таныстыр')}|(?:тұрғындар|халық|жұртшылық|наразылар)(?:дың|тың|ның)?\\s+алдына\\s+${GAP(6)}${V('шық')}|(?<!телефон\\p{L}*\\s+(?:\\p{L}+\\s+)?)${V('әңгімелес')})`) },
  // "Кездесу" is also to be met with, to occur: "айып таққандар кездесті" (there were some who
  // accused), "басшылар да кездескен" (such managers were found too). A participle made a noun, or a
  // noun with "да/де" that is no one met with (not "Зеленскиймен де кездесті"), is what occurred.
  { type: 'meeting', facet: 'meeting', pattern: re(`${W}(?:${NOT_MET_WITH}(?:${V('кездес')}|${V('жүздес')})|(?:есеб|баяндама)${T}\\s+${GAP(1)}${AP('тыңда')}|кездесу(?!лер)${T}\\s+${GAP(4)}(?:${APN('өт')}|${AP('өткіз')}|${V('бастал')}|болды)|кеңейтілген\\s+отырыс${T}|кеңес\\s+(?!одағ)${GAP(3)}(?:${V('өт')}|${P('өткіз')})|кеңес${T}\\s+${V('өткіз')})`) },
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
]; // prettier-ignore
