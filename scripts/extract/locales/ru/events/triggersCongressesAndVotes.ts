/**
 * Russian triggers of congresses and the Kurultai, renamings, referendums, inaugurations, a
 * chronicle's dated entries, the steps of an election's calendar and the vote itself.
 * Their order matters, and triggers.ts keeps it: see there.
 */
import { re, W, type Trigger } from '../../../events/trigger';
import { RU_TROOPS_IN_MOTION } from '../lexicon/troopsMotion';
import { FINITE_PAST } from '../ruVerbForms';
import { T, GAP, TALKED_OF, DENIED } from './triggerWords';
import { CHOOSE, DISSOLVE, ELECT, GIVE_NAME, NAME_GIVEN, RENAME } from './verbForms';

/** Into a chamber, the accusative: "в Мажилис", "в Сенат", "в маслихаты". */
const INTO_CHAMBER = String.raw`в\s+(?:Мажилис|Сенат|Парламент|маслихат|маслихаты)(?![\p{L}])`;
/** Passed or will pass (into a chamber): "прошла", "прошли", "прошёл", "пройдут", "проходят". */
/**
 * The head of state's post in the instrumental, as "стал" takes it: "президентом (Казахстана)",
 * "главой государства", "(временно) исполняющим обязанности президента", "… независимого Казахстана".
 */
const HEAD_OF_STATE_INS = String.raw`(?:(?:временно\s+)?исполняющ\p{L}*\s+обязанност\p{L}*\s+(?:президента|главы\s+государства)|президентом|главой\s+государства)(?:\s+(?:\p{L}+(?:ого|его)\s+)?(?:Казахстана|Республики\s+Казахстан|РК|страны))?`;
/**
 * What may follow the post after "стал": the clause's end, a date or a linking word; not a
 * president of something the text names next ("президентом федерации бокса", "… компании").
 * (Capitals cannot tell it: the cues match case-insensitively.)
 */
const POST_ENDS = String.raw`(?=\s*(?:[.,;:!?)»"]|$)|\s+(?:в|во|на|с|со|после|по|и|а|но|когда|уже|впервые|[—–-]|\d{1,4})(?![\p{L}]))`;

const PASSED = String.raw`(?:прош(?:ла|ли|[её]л)|пройд(?:[её]т|ут)|проход(?:ит|ят))`;
/** A day and a month: "6 января", "1-го марта", "3–4 января". */
const DAY_MONTH = String.raw`\d{1,2}(?:-го)?(?:\s*[–—-]\s*\d{1,2}(?:-го)?)?\s+(?:(?:январ|феврал|апрел|июн|июл|сентябр|октябр|ноябр|декабр)я|(?:март|август)а|мая)`;
/** A finite past, "покинули", "прибыл", "началась" (ruVerbForms.ts FINITE_PAST). */
const NARRATED_PAST = new RegExp(String.raw`${W}${FINITE_PAST}(?![\p{L}])`, 'iu');
/** A text voted for, after "за": "поправки", "изменения", "новую Конституцию", "проект Основного закона". */
const FOR_TEXT = String.raw`(?:[\p{L}-]+\s+){0,2}(?:поправк|изменени|Конституци|Основн\p{L}*\s+закон|проект)\p{L}*`;
/** Adopted, the short passive's stem: "принят", "был принят", "будет принят" (+ "а" for "Конституция"). */
const ADOPTED = String.raw`(?:(?:был|была|будет)\s+)?принят`;
/**
 * Up to six words between the Constitution and its adoption ("Казахстана", "на референдуме 15
 * марта"), none a conjunction that opens another clause or subject ("и", "что") nor a noun whose
 * topic it is ("закон о Конституции": a genitive or a preposition already keeps it out).
 */
const ADOPTION_GAP = String.raw`(?:(?!(?:и|а|но|что|как|когда|после|проект)(?![\p{L}]))[\p{L}\p{N}«»"-]+\s+){0,6}`;
/** Words before "Курултай" that name the proposed one-chamber Parliament, not a gathering. */
const KURULTAI_AS_PARLIAMENT = String.raw`национальн${T}|однопалатн${T}|нов(?:ый|ого|ому|ом)|выбор${T}\s+в|(?:перейти|переход${T})\s+к|названи${T}|называться|парламент${T}\s*[—–-]`;

export const RU_VOTE_TRIGGERS: Trigger[] = [
  // The National Kurultai is a council that meets in sessions, not a party congress.
  { type: 'meeting', facet: 'kurultai', pattern: re(`${W}(?:национальн${T}|ұлттық)\\s+курулта[йяюе]${T}`) },
  { type: 'congress', facet: 'congress', pattern: re(`${W}съезд${T}`), notBefore: re(DENIED) },
  // "Курултай" is also the name proposed for a one-chamber Parliament ("однопалатный Курултай",
  // "выборы в новый Курултай", "перейти к Курултаю", "получить название Курултай", "парламенту —
  // Курултаю"): that is a reform's topic, not a gathering.
  { type: 'congress', facet: 'congress', pattern: re(`${W}курулта[йяюе]${T}`), notAfter: re(`(?:${KURULTAI_AS_PARLIAMENT})\\s+$`), notBefore: re(`^\\s+(?:депутат${T}|сенатор${T}|будет\\s+состоять)`) },
  // A body dissolved ("распустил Мажилис", "роспуск маслихатов").
  { type: 'decree', facet: 'dissolution', pattern: re(`${W}(?:${DISSOLVE}\\s+${GAP(1)}(?:Мажилис|Парламент|маслихат|Сенат|палат)${T}|(?:Мажилис|Парламент|маслихат|Сенат)${T}\\s+${GAP(1)}распущен${T}|роспуск${T}\\s+${GAP(1)}(?:Мажилис|Парламент|маслихат|Сенат|палат)${T})`) },
  { type: 'renaming', facet: 'renaming', pattern: re(`${W}${RENAME}|${W}ребрендинг${T}|${W}${GIVE_NAME}\\s+${GAP(2)}(?:названи|имя|имени)${T}|${W}(?:названи|имя|имени)${T}\\s+${GAP(2)}(?:был[аио]?\\s+)?${NAME_GIVEN}`), notAfter: re(`(?:(?:предлож|инициатив|обсужд)${T}\\s+${GAP(2)}$|${TALKED_OF})`) },
  { type: 'referendum', facet: 'referendum', pattern: re(`${W}референдум${T}`), notAfter: re(TALKED_OF), notBefore: re(DENIED) },
  // A name borne since a time ("Столица носила имя Нур-Султан с марта 2019 года"): the renaming was then.
  { type: 'renaming', facet: 'name-borne', pattern: re(`${W}нос(?:ит|ят|ил|ила|ило|или)\\s+(?:${GAP(1)})?(?:имя|названи[ея])(?![\\p{L}])`), also: [re(`(?:^|[\\s,])с\\s+(?:\\p{L}+\\s+)?\\d{4}`)], needsDate: true },
  // The head of state taking office, acting or elected: "приступил к исполнению обязанностей Президента".
  { type: 'inauguration', facet: 'head-of-state', pattern: re(`${W}приступил${T}\\s+к\\s+(?:исполнению\\s+)?(?:обязанност|полномочи)${T}\\s+(?:Президента|Главы\\s+государства)`) },
  // Or becoming the head of state, "стал президентом", "исполняющим обязанности президента стал"
  // (the instrumental is the post taken: HEAD_OF_STATE_INS).
  { type: 'inauguration', facet: 'took-office', pattern: re(`${W}(?:(?:стал${T}?|стан(?:ет|ут))\\s+(?:(?:перв|нов|втор)${T}\\s+)?${HEAD_OF_STATE_INS}${POST_ENDS}|${HEAD_OF_STATE_INS}\\s+(?:стал${T}?|стан(?:ет|ут))(?![\\p{L}]))`) },
  // Deputies taking their oath open the chamber's first sitting: a session, not a head of state's
  // inauguration; an inaugural speech ("в инаугурационной речи") is where something was said, as
  // an Address is. (A sitting named only as where the oath was sworn, "принес присягу на совместном
  // заседании", does not say whose oath it was: the head of state's is sworn at one too.)
  { type: 'session', facet: 'oath', pattern: re(`${W}(?:принес${T}\\s+|принял${T}\\s+)?присяг${T}`), also: [re(`(?:депутат|заседани(?!и(?![\\p{L}]))|(?<![\\p{L}])мы(?![\\p{L}]))`)] },
  { type: 'inauguration', facet: 'inauguration', pattern: re(`${W}(?:инаугурац${T}|вступ${T}\\s+в\\s+должность|принес${T}\\s+присяг${T}|присяг${T})`), notAfter: re(`(?:депутат|(?<![\\p{L}])мы(?![\\p{L}]))[^.]*$`), notBefore: re(`^(?:[^.]*(?:заседани(?!и(?![\\p{L}]))|депутат)|\\s+(?:реч|выступлени|слов|обращени)${T})`) },
  // An exit poll is a poll, not the vote ("Еxit poll нәтижесі", with a Cyrillic Е as typed).
  // A recall that opens on a day ("Напомним, 2 января жители Жанаозена …"): something happened then.
  { type: 'other', facet: 'recalled-day', pattern: re(`${W}напомним[,\\s]+(?=\\d{1,2}\\s+\\p{L}+)`), needsDate: true, clauseDate: true, fallback: true },
  // Troops in motion, on a day of their sentence, wherever their clause starts ("Как сообщили в ведомстве, 6
  // апреля подразделения миротворческих сил прибудут в Алматы"): an event of its own, titled by
  // events/troopsMotion.ts; weak, so a stronger cue of the sentence tells it.
  { type: 'other', facet: 'troops', pattern: re(`${W}${RU_TROOPS_IN_MOTION}`), needsDate: true, fallback: true },
  // A chronicle's entry: a sentence that opens on its day, then a dash ("6 января — в Казахстан
  // начали прибывать …", "1 января 2023 года – Конституционный суд начинает работу"), whatever
  // tense it tells in (the historical present too); or on its day and a finite past ("19 января
  // последние военнослужащие покинули страну"). Something happened that day, when no other cue
  // says what.
  { type: 'other', facet: 'recalled-day', pattern: re(`${W}(?<=^[\\s•]{0,4})${DAY_MONTH}(?:\\s+\\d{4}(?:\\s+(?:года|г\\.))?)?(?:\\s*[–—]|\\s+-)\\s+(?=[\\p{L}«"])`), needsDate: true, fallback: true, weakest: true },
  { type: 'other', facet: 'recalled-day', pattern: re(`${W}(?<=^[\\s•]{0,4})${DAY_MONTH}(?:\\s+\\d{4}\\s+года)?,?\\s+(?=[\\p{L}«"])`), also: [NARRATED_PAST], needsDate: true, fallback: true, weakest: true },
  { type: 'other', facet: 'poll', pattern: re(`${W}(?:[eе]xit|[эе]кзит)[\\s-]*(?:poll|пол)${T}|${W}экзитпол${T}`) },
  // The campaign's start or end is a step of the election, not the vote. The campaign is named by
  // its adjective ("избирательная кампания") or by the vote it is for, "по" and the dative ("Кампания
  // по выборам в Мажилис завершится 14 марта": its end, not the election's day).
  { type: 'other', facet: 'campaign', pattern: re(`${W}(?:(?:(?:избирательн|предвыборн|агитационн)${T}\\s+кампани${T}|кампани${T}\\s+по\\s+(?:выбор|референдум)${T})\\s+${GAP(3)}(?:стартовал|начал|началась|завершил|стартует|начн|заверш|объявлен)${T}|(?:старт|начал|завершени|заверш)${T}\\s+${GAP(1)}(?:(?:избирательн|предвыборн|агитационн)${T}\\s+кампани${T}|кампани${T}\\s+по\\s+(?:выбор|референдум)${T}))`) },
  // Other steps of the vote's calendar: the day of silence, nominating and registering candidates.
  // Campaigning itself: "предвыборная агитация начнется 14 февраля", "старт агитации".
  // Candidates' debates on a day of their own: "теледебаты кандидатов пройдут 29 мая".
  { type: 'other', facet: 'campaign', pattern: re(`${W}(?:теле)?дебат(?:ы|ов|ах|ам|ами)(?![\\p{L}])`), needsDate: true },
  // Its course from a day to the eve of the vote: "агитация проводится с 28 февраля до ноля часов
  // дня, предшествующего дню выборов" (the campaign's start, not the vote).
  { type: 'other', facet: 'campaign', pattern: re(`${W}агитаци${T}\\s+${GAP(3)}(?:провод|будет\\s+проводиться|ведётся|ведется|будет\\s+вестись)${T}\\s+с\\s+\\d`) },
  { type: 'other', facet: 'campaign', pattern: re(`${W}(?:агитаци${T}\\s+${GAP(3)}(?:стартовал|стартует|начал|начн|заверш|закончи|продлит|продолж)${T}|(?:старт|начал|завершени|окончани)${T}\\s+${GAP(1)}(?:предвыборн${T}\\s+)?агитаци${T})`) },
  { type: 'other', facet: 'silence', pattern: re(`${W}(?:день|дн(?:я|ю|ем|е|и))\\s+тишины`) },
  // Remembrance: flowers laid at a monument, the dead remembered ("возложили цветы", "почтили память",
  // "почтили в Алматы минутой молчания").
  { type: 'other', facet: 'commemoration', pattern: re(`${W}(?:возлож${T}\\s+${GAP(1)}(?:цвет|венк)${T}|почти${T}\\s+(?:минутой\\s+молчания\\s+)?память|почти${T}\\s+${GAP(3)}минутой\\s+молчания|(?:траурн|памятн)${T}\\s+(?:митинг|мероприяти|церемони)${T})`), fallback: true },
  // A leader casting a ballot on the day of a vote: "Касым-Жомарт Токаев проголосовал на участке".
  { type: 'other', facet: 'ballot', pattern: re(`${W}проголосовал${T}\\s+(?:на|в)\\s+${GAP(1)}(?:участк|избирательн|школ)${T}`) },
  // Ambassadors presenting their credentials: a ceremony with the head of state.
  { type: 'meeting', facet: 'credentials', pattern: re(`${W}(?:вручил${T}|принял${T}|вручени${T})\\s+${GAP(3)}верительн${T}\\s+грамот${T}|верительн${T}\\s+грамот${T}\\s+${GAP(3)}(?:вручил${T}|принял${T})`) },
  // (Either order: "Выдвижение кандидатов завершится", "Завершилось выдвижение кандидатов".)
  { type: 'other', facet: 'nomination', pattern: re(`${W}(?:выдвижени|регистраци)${T}\\s+(?:(?:кандидат|партийн)${T}\\s+${GAP(4)})?(?:начал|начн|стартова|стартует|заверш|законч|продл|продолж|прош|проход|пройд|провод)${T}|(?:начал|начн|стартова|стартует|заверш|законч|продл|продолж)${T}\\s+(?:выдвижени|регистраци)${T}\\s+(?:кандидат|партийн)${T}`) },
  // The vote's calendar plan approved ("ЦИК утвердил календарный план проведения выборов в
  // маслихаты", "план мероприятий по подготовке референдума утвержден"): the commission's act, not the vote.
  { type: 'other', facet: 'vote-plan', pattern: re(`${W}(?:(?:утверди|утвержд|утвердя)${T}\\s+${GAP(2)}(?:календарн${T}\\s+)?(?:план|календар)${T}\\s+${GAP(7)}(?:выбор|референдум)${T}|(?:календарн${T}\\s+)?план${T}\\s+${GAP(7)}(?:выбор|референдум)${T}\\s+${GAP(4)}утвержд[её]н${T})`) },
  // Results approved ("ЦИК утвердил окончательные итоги выборов", "результаты утверждены"): the
  // commission's act, which the golds keep apart from the vote and from results announced.
  { type: 'other', facet: 'results', pattern: re(`${W}(?:(?:утверди|утвержд|утвердя)${T}\\s+${GAP(2)}(?:итог|результат)${T}|(?:итог|результат)${T}\\s+${GAP(3)}утвержд[её]н${T})`) },
  // A party or a candidate passing into a chamber ("прошла в Мажилис", "в Мажилис по спискам
  // прошли три партии") was elected to it: the accusative "в Мажилис", not where a sitting was held
  // ("прошло в Мажилисе").
  { type: 'election', facet: 'election', pattern: re(`${W}(?:${INTO_CHAMBER}\\s+${GAP(4)}${PASSED}|${PASSED}\\s+${GAP(1)}${INTO_CHAMBER})(?![\\p{L}])`) },
  // "Системе выборов", "закон о выборах", "поправки по вопросам выборов": the institution or a
  // topic, not a vote.
  // Citizens voting for a text ("казахстанцы проголосовали за поправки в Основной закон", "граждане
  // голосуют за новую Конституцию"): "за" with the accusative of a text, not of a candidate or a
  // party, is a referendum; deputies voting for one pass a law, no vote of the people.
  { type: 'referendum', facet: 'referendum', pattern: re(`${W}(?:казахстанц|избирател|граждан|жител|народ)${T}\\s+${GAP(6)}(?:проголосова|голосова|проголосу|голосу)${T}\\s+за\\s+${FOR_TEXT}`) },
  // Citizens adopting or backing the Constitution or its amendments ("казахстанцы приняли новую
  // Конституцию", "граждане одобрили поправки в Основной закон"): only the people's vote adopts a
  // Constitution, a referendum. (The subject in the nominative: not "народные депутаты одобрили".)
  { type: 'referendum', facet: 'referendum', pattern: re(`${W}(?:казахстанцы|избиратели|граждане|народ)(?![\\p{L}])\\s+${GAP(6)}(?:принял|одобрил|поддержал)[аио]?\\s+${GAP(1)}(?:Конституци|Основн\\p{L}*\\s+закон|поправк${T}\\s+(?:в|к)\\s+(?:Конституци|Основн))${T}`) },
  // The Constitution adopted, told as done or ahead ("Новая Конституция принята", "Основной закон
  // будет принят", "принята новая Конституция"): only the people's vote adopts one, a referendum,
  // whose outcome the day's news may tell. (The nominative only: not "поправки в Конституцию
  // приняты", "проект Конституции принят"; nor the participle "принятая".)
  { type: 'referendum', facet: 'referendum', pattern: re(`${W}(?:Конституция\\s+${ADOPTION_GAP}${ADOPTED}а|Основной\\s+закон\\s+${ADOPTION_GAP}${ADOPTED}|${ADOPTED}а\\s+(?:новая\\s+)?Конституция|${ADOPTED}\\s+(?:новый\\s+)?Основной\\s+закон)(?![\\p{L}])`), outcome: true },
  // (A post in the instrumental before the cue is what a body elected someone to, an appointment:
  // "Председателем партии избрали депутата Мажилиса". Nor is "дня, предшествующего дню выборов"
  // the vote's day: the eve of it is a reference point of the campaign.)
  { type: 'election', facet: 'election', pattern: re(`${W}(?:выбор(?:ы|ов|ах|ам|ами)(?![\\p{L}])|голосовани(?!ем)${T}|(?:казахстанц|избирател|граждан)${T}\\s+${GAP(6)}(?:проголосовал|голосовал)${T}|(?:избрал${T}|изберут|избран[ыо]|${CHOOSE})\\s+${GAP(2)}(?:депутат|аким|сенатор)${T}|(?:избран|избрана|избранн${T}|избер[её]т)\\s+${GAP(1)}(?:депутат|аким|сенатор)(?:ом|ами)(?![\\p{L}])|(?:депутат|аким|сенатор)${T},?\\s+избранн${T}|(?:депутат|состав|маслихат|Мажилис|парламент)${T}\\s+${GAP(4)}(?:(?:был[ио]?\\s+|будут\\s+)?(?:избран|выбран)[ыо]?|избира(?:лся|лась|лось|лись))(?![\\p{L}])|${ELECT}\\s+${GAP(2)}президентом|${CHOOSE}\\s+${GAP(1)}президента|(?:Вас|вас|нас|их)\\s+избрали|(?:набрав|набрал${T}|набер(?:[её]т|ут)|получив|получил${T}|получ(?:ит|ат))\\s+${GAP(3)}голос${T})`), notAfter: re(`(?:(?:систем|закон|кодекс|законодательств|порядк|правил|вопрос)${T}\\s+(?:о\\s+)?$|${TALKED_OF}|(?:председател|руководител|спикер|секретар|заместител)(?:ем|ями)\\s+${GAP(3)}$|(?:предшествующ|предшествовавш)${T}\\s+(?:дн[юяе]\\s+)?$)`), notBefore: re(`^\\s+за\\s+${FOR_TEXT}`) },
  // Elected in the present tells how a body is elected ("70 процентов депутатов избираются по
  // спискам") unless its own clause dates it: "Депутаты маслихатов избираются 19 марта".
  { type: 'election', facet: 'election', pattern: re(`${W}(?:депутат|состав|маслихат|Мажилис|парламент)${T}\\s+${GAP(4)}избира(?:ется|ются)(?![\\p{L}])`), notAfter: re(`(?:(?:систем|закон|кодекс|законодательств|порядк|правил|вопрос)${T}\\s+(?:о\\s+)?$|${TALKED_OF}|(?:председател|руководител|спикер|секретар|заместител)(?:ем|ями)\\s+${GAP(3)}$)`), needsDate: true, clauseDate: true },
  // A candidate winning or losing a vote on a day: "победил выдвиженец партии", "самовыдвиженец
  // уступил бывшему заместителю акима" (beside a vote, a candidate or a district). ("Выдвиженец"
  // loses its е before an ending: "выдвиженца", "выдвиженцы".)
  { type: 'election', facet: 'election', pattern: re(`${W}(?:победи(?:л|ла|ли|т|в)|одержа${T}\\s+${GAP(1)}побед${T}|уступи(?:л|ла|ли))(?![\\p{L}])`), also: [re(`${W}(?:выбор|голосовани|избирательн|(?:само)?выдвижен(?:ец|ц|к)|кандидат|округ)`)], needsDate: true },
]; // prettier-ignore
