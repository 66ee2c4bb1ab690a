/**
 * Russian event triggers: stems with an optional inflection tail, as in the Kazakh lexicon. Order
 * matters: specific cues before generic ones, verbs of saying last (fallback).
 */
import { re, W, type Trigger } from '../../../events/trigger';
import { FIRST_PLURAL_FUTURE, NOT_PAST } from '../ruVerbForms';
import {
  ACCEPT,
  ANNOUNCE,
  APPOINT,
  CREATE,
  DISSOLVE,
  ELECT,
  CHOOSE,
  FILE,
  FILED,
  FREE,
  GIVE_NAME,
  HELD,
  HOLD,
  LAY_DOWN,
  MEET,
  NAME_GIVEN,
  PROPOSE,
  RENAME,
  SIGN,
  TAKES_PLACE,
} from './verbForms';

/** A deadline: a day, or the end, middle or start of a span ("до 1 марта", "до конца года"). */
const RU_DUE_BY =
  /(?:^|[\s,])(?:до|не\s+позднее|к)\s+(?:\d|конц[ау]|середин[еы]|начал[ау]|окончани[яю])/iu;

const T = String.raw`\p{L}*`;
/** Up to n words in between. */
const GAP = (n: number) => String.raw`(?:[\p{L}\p{N}«»"“”.,-]+\s+){0,${n}}`;
/** Whom an official receives: "принял министра", "посла", "делегацию". */
const GUESTS = String.raw`министр|аким|председател|посл|делегаци|глав|руководител|депутат|секретар|советник|губернатор|спикер|премьер|президент|вице|заместител|директор|ректор|сенатор|прокурор|генеральн|члена`;
/** A post someone takes ("стал новым акимом", "новым министром … стал"). */
const POSTS = String.raw`(?:аким|министр|председател|глав|руководител|спикер|премьер|посл|вице|секретар|советник|депутат)\p{L}*`;

/** The state itself: heading it ("возглавлял Казахстан с 1990 года") is a presidency, not a post one is appointed to. */
const STATE = String.raw`(?:Казахстан|стран|государств|республик)\p{L}*(?![\p{L}])`;

/** Powers ended, either order: "прекратил полномочия", "прекращены полномочия", "полномочия … прекращены". */
const ENDED_POWERS = String.raw`(?:(?:прекрат|прекращ)${T}\s+${GAP(2)}полномочи${T}|полномочи${T}\s+${GAP(2)}(?:прекращен|прекратил)${T})`;
/** By a decree, an order or a resolution: the instrumental "указом", "постановлением", "распоряжениями". */
const BY_DECREE = String.raw`(?:указ|постановлени|распоряжени)(?:ом|ем|ами)`;

/** Into a chamber, the accusative: "в Мажилис", "в Сенат", "в маслихаты". */
const INTO_CHAMBER = String.raw`в\s+(?:Мажилис|Сенат|Парламент|маслихат|маслихаты)(?![\p{L}])`;
/** Passed or will pass (into a chamber): "прошла", "прошли", "прошёл", "пройдут", "проходят". */
const PASSED = String.raw`(?:прош(?:ла|ли|[её]л)|пройд(?:[её]т|ут)|проход(?:ит|ят))`;

/** A day and a month: "6 января", "1-го марта", "3–4 января". */
const DAY_MONTH = String.raw`\d{1,2}(?:-го)?(?:\s*[–—-]\s*\d{1,2}(?:-го)?)?\s+(?:(?:январ|феврал|апрел|июн|июл|сентябр|октябр|ноябр|декабр)я|(?:март|август)а|мая)`;
/** A finite past, "покинули", "прибыл", "началась" (not a noun in -ла/-ли that NOT_PAST names). */
const NARRATED_PAST = new RegExp(
  String.raw`${W}(?!${NOT_PAST}(?![\p{L}]))\p{L}{2,}(?:ал|ял|ел|ил|ыл|ул|ла|ло|ли)(?:ся|сь)?(?![\p{L}])`,
  'iu',
);

/**
 * Extending, bringing in for a term, or being in force: "продлил", "продлен", "продлевал", "продлить",
 * "вводилось", "введен", "ввели", "действует", "будет действовать" (not "продлится", it will last).
 */
const EXTENDED = String.raw`(?<![\p{L}])(?:продл(?:ил|ила|или|ило|ит|ят|ить|ив|[её]н|ен[аоы]|ева\p{L}*)|(?:вводил|введ[её]н|ввел|ввёл)\p{L}*|действ(?:ует|уют|овал|овала|овало|овали|овать))(?![\p{L}])`;
/**
 * An act only talked of: the content of an idea ("идею прямых выборов", "идея референдума"), or what
 * talk, a dispute or a petition is about or against ("разговоры о его отставке", "петиция против
 * переименования", "споры вокруг референдума"), and anything after "против" or "вокруг": the act is
 * no event of the sentence's day. Read as the words right before a noun cue (notAfter).
 */
const TALKED_OF = String.raw`(?:(?<![\p{L}])иде(?:я|и|ю|ей|е)\s+(?:(?:о|об|про)\s+)?|(?<![\p{L}])(?:разговор|слух|спекуляци|домысл|спор|дискусси|дебат|петици)\p{L}{0,3}\s+(?:о|об|про|вокруг|против)\s+|(?<![\p{L}])(?:против|вокруг)\s+)(?:[\p{L}-]+\s+){0,2}$`;
/**
 * A noun cue whose own predicate denies the act, past a relative clause set off by commas: "отставка
 * Смаилова, которой многие ждали, так и не прозвучала", "съезд, о котором говорили, так и не
 * состоялся", "референдум не был проведен". Read as the words right after the noun (notBefore);
 * a negation in the cue's own clause is read by the aspect already, not past a comma.
 */
const DENIED = String.raw`^(?:\s+[\p{L}\p{N}«»"-]+){0,3}?(?:\s*,\s*(?:о\s+|в\s+|на\s+|с\s+|за\s+|к\s+|от\s+)?котор[^,.;:]*,)?\s+(?:так\s+и\s+)?не\s+(?:был[аои]?\s+)?(?:состо|прозвучал|последовал|произош|случил|прош[её]?л|провед[её]н|объявлен|принят)\p{L}*`;
/** A text voted for, after "за": "поправки", "изменения", "новую Конституцию", "проект Основного закона". */
const FOR_TEXT = String.raw`(?:[\p{L}-]+\s+){0,2}(?:поправк|изменени|Конституци|Основн\p{L}*\s+закон|проект)\p{L}*`;
/**
 * An appeal made ("обращение президента", "в своем обращении"), not the appeals citizens send,
 * counted or told as theirs: "более 1200 обращений", "каждое второе обращение", "число обращений",
 * "обращения граждан", "обращений жителей".
 */
const APPEAL = String.raw`(?<!(?:\d|более|менее|около|свыше|тысяч\p{L}*|сотн\p{L}*|десятк\p{L}*|каждое|каждого|каждом|число|числа|числе|количеств\p{L}*|пот[оа]к\p{L}*|рост\p{L}*)\s+(?:[\p{L}-]+\s+)?)обращени(?![\p{L}]*\s+(?:граждан|жителей|населени|избирател|заявител))${T}`;
/** Posts one is elected or re-elected to within a body (not the head of state's office). */
/** An international council or assembly in the genitive: "Совета коллективной безопасности", "Генассамблеи ООН". */
const FOREIGN_COUNCIL = String.raw`(?:Совета\s+(?:коллективной|глав|министров|Евразийск)|Генеральной\s+Ассамбле|Генассамбле|ОДКБ|ШОС|СНГ|ООН|ОБСЕ|ЕАЭС)`;
/** Words before "Курултай" that name the proposed one-chamber Parliament, not a gathering. */
const KURULTAI_AS_PARLIAMENT = String.raw`национальн${T}|однопалатн${T}|нов(?:ый|ого|ому|ом)|выбор${T}\s+в|(?:перейти|переход${T})\s+к|названи${T}|называться|парламент${T}\s*[—–-]`;
/** Talks held: negotiations, and consultations between ministries or parties ("политические консультации"). */
const TALKS = String.raw`(?:переговор|консультаци)\p{L}*`;
const BODY_POSTS = String.raw`(?:председател|руководител|спикер|секретар|лидер|заместител)`;

export const RU_TRIGGERS: Trigger[] = [
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
  // Deputies taking their oath open the chamber's first sitting: a session, not a head of state's
  // inauguration; an inaugural speech ("в инаугурационной речи") is where something was said, as
  // an Address is. (A sitting named only as where the oath was sworn, "принес присягу на совместном
  // заседании", does not say whose oath it was: the head of state's is sworn at one too.)
  { type: 'session', facet: 'oath', pattern: re(`${W}(?:принес${T}\\s+|принял${T}\\s+)?присяг${T}`), also: [re(`(?:депутат|заседани(?!и(?![\\p{L}]))|(?<![\\p{L}])мы(?![\\p{L}]))`)] },
  { type: 'inauguration', facet: 'inauguration', pattern: re(`${W}(?:инаугурац${T}|вступ${T}\\s+в\\s+должность|принес${T}\\s+присяг${T}|присяг${T})`), notAfter: re(`(?:депутат|(?<![\\p{L}])мы(?![\\p{L}]))[^.]*$`), notBefore: re(`^(?:[^.]*(?:заседани(?!и(?![\\p{L}]))|депутат)|\\s+(?:реч|выступлени|слов|обращени)${T})`) },
  // An exit poll is a poll, not the vote ("Еxit poll нәтижесі", with a Cyrillic Е as typed).
  // A recall that opens on a day ("Напомним, 2 января жители Жанаозена …"): something happened then.
  { type: 'other', facet: 'recalled-day', pattern: re(`${W}напомним[,\\s]+(?=\\d{1,2}\\s+\\p{L}+)`), needsDate: true, clauseDate: true, fallback: true },
  // A chronicle's entry: a sentence that opens on its day, then a dash ("6 января — в Казахстан
  // начали прибывать …", "1 января 2023 года – Конституционный суд начинает работу"), whatever
  // tense it tells in (the historical present too); or on its day and a finite past ("19 января
  // последние военнослужащие покинули страну"). Something happened that day, when no other cue
  // says what.
  { type: 'other', facet: 'recalled-day', pattern: re(`${W}(?<=^[\\s•]{0,4})${DAY_MONTH}(?:\\s+\\d{4}(?:\\s+(?:года|г\\.))?)?(?:\\s*[–—]|\\s+-)\\s+(?=[\\p{L}«"])`), needsDate: true, fallback: true, weakest: true },
  { type: 'other', facet: 'recalled-day', pattern: re(`${W}(?<=^[\\s•]{0,4})${DAY_MONTH}(?:\\s+\\d{4}\\s+года)?,?\\s+(?=[\\p{L}«"])`), also: [NARRATED_PAST], needsDate: true, fallback: true, weakest: true },
  { type: 'other', facet: 'poll', pattern: re(`${W}(?:[eе]xit|[эе]кзит)[\\s-]*(?:poll|пол)${T}|${W}экзитпол${T}`) },
  // The campaign's start or end is a step of the election, not the vote.
  { type: 'other', facet: 'campaign', pattern: re(`${W}(?:(?:избирательн|предвыборн|агитационн)${T}\\s+кампани${T}\\s+${GAP(3)}(?:стартовал|начал|началась|завершил|стартует|начн|заверш|объявлен)${T}|(?:старт|начал|завершени|заверш)${T}\\s+${GAP(1)}(?:избирательн|предвыборн|агитационн)${T}\\s+кампани${T})`) },
  // Other steps of the vote's calendar: the day of silence, nominating and registering candidates.
  // Campaigning itself: "предвыборная агитация начнется 14 февраля", "старт агитации".
  // Candidates' debates on a day of their own: "теледебаты кандидатов пройдут 29 мая".
  { type: 'other', facet: 'campaign', pattern: re(`${W}(?:теле)?дебат(?:ы|ов|ах|ам|ами)(?![\\p{L}])`), needsDate: true },
  { type: 'other', facet: 'campaign', pattern: re(`${W}(?:агитаци${T}\\s+${GAP(3)}(?:стартовал|стартует|начал|начн|заверш|закончи|продлит|продолж)${T}|(?:старт|начал|завершени|окончани)${T}\\s+${GAP(1)}(?:предвыборн${T}\\s+)?агитаци${T})`) },
  { type: 'other', facet: 'silence', pattern: re(`${W}(?:день|дн(?:я|ю|ем|е|и))\\s+тишины`) },
  // Remembrance: flowers laid at a monument, the dead remembered ("возложили цветы", "почтили память").
  { type: 'other', facet: 'commemoration', pattern: re(`${W}(?:возлож${T}\\s+${GAP(1)}(?:цвет|венк)${T}|почти${T}\\s+память|(?:траурн|памятн)${T}\\s+(?:митинг|мероприяти|церемони)${T})`), fallback: true },
  // A leader casting a ballot on the day of a vote: "Касым-Жомарт Токаев проголосовал на участке".
  { type: 'other', facet: 'ballot', pattern: re(`${W}проголосовал${T}\\s+(?:на|в)\\s+${GAP(1)}(?:участк|избирательн|школ)${T}`) },
  // Ambassadors presenting their credentials: a ceremony with the head of state.
  { type: 'meeting', facet: 'credentials', pattern: re(`${W}(?:вручил${T}|принял${T}|вручени${T})\\s+${GAP(3)}верительн${T}\\s+грамот${T}|верительн${T}\\s+грамот${T}\\s+${GAP(3)}(?:вручил${T}|принял${T})`) },
  { type: 'other', facet: 'nomination', pattern: re(`${W}(?:выдвижени|регистраци)${T}\\s+(?:(?:кандидат|партийн)${T}\\s+${GAP(4)})?(?:начал|начн|стартова|стартует|заверш|законч|продл|продолж|прош|проход|пройд|провод)${T}`) },
  // Results approved ("ЦИК утвердил окончательные итоги выборов", "результаты утверждены"): the
  // commission's act, which the golds keep apart from the vote and from results announced.
  { type: 'other', facet: 'results', pattern: re(`${W}(?:(?:утверди|утвержд|утвердя)${T}\\s+${GAP(2)}(?:итог|результат)${T}|(?:итог|результат)${T}\\s+${GAP(3)}утвержд[её]н${T})`) },
  // A party or a candidate passing into a chamber ("прошла в Мажилис", "в Мажилис по спискам
  // прошли три партии") was elected to it: the accusative "в Мажилис", not where a sitting was held
  // ("прошло в Мажилисе").
  { type: 'election', facet: 'election', pattern: re(`${W}(?:${INTO_CHAMBER}\\s+${GAP(4)}${PASSED}|${PASSED}\\s+${GAP(1)}${INTO_CHAMBER})(?![\\p{L}])`) },
  // "Системе выборов", "закон о выборах": the institution, not a vote.
  // Citizens voting for a text ("казахстанцы проголосовали за поправки в Основной закон", "граждане
  // голосуют за новую Конституцию"): "за" with the accusative of a text, not of a candidate or a
  // party, is a referendum; deputies voting for one pass a law, no vote of the people.
  { type: 'referendum', facet: 'referendum', pattern: re(`${W}(?:казахстанц|избирател|граждан|жител|народ)${T}\\s+${GAP(6)}(?:проголосова|голосова|проголосу|голосу)${T}\\s+за\\s+${FOR_TEXT}`) },
  // (A post in the instrumental before the cue is what a body elected someone to, an appointment:
  // "Председателем партии избрали депутата Мажилиса".)
  { type: 'election', facet: 'election', pattern: re(`${W}(?:выбор(?:ы|ов|ах|ам|ами)(?![\\p{L}])|голосовани(?!ем)${T}|(?:казахстанц|избирател|граждан)${T}\\s+${GAP(6)}(?:проголосовал|голосовал)${T}|(?:избрал${T}|изберут|избран[ыо]|${CHOOSE})\\s+${GAP(2)}(?:депутат|аким|сенатор)${T}|(?:избран|избрана|избранн${T}|избер[её]т)\\s+${GAP(1)}(?:депутат|аким|сенатор)(?:ом|ами)(?![\\p{L}])|(?:депутат|аким|сенатор)${T},?\\s+избранн${T}|(?:депутат|состав|маслихат|Мажилис|парламент)${T}\\s+${GAP(4)}(?:(?:был[ио]?\\s+|будут\\s+)?(?:избран|выбран)[ыо]?|избира(?:лся|лась|лось|лись))(?![\\p{L}])|${ELECT}\\s+${GAP(2)}президентом|${CHOOSE}\\s+${GAP(1)}президента|(?:Вас|вас|нас|их)\\s+избрали|(?:набрав|набрал${T}|набер(?:[её]т|ут)|получив|получил${T}|получ(?:ит|ат))\\s+${GAP(3)}голос${T})`), notAfter: re(`(?:(?:систем|закон|кодекс|законодательств|порядк|правил)${T}\\s+(?:о\\s+)?$|${TALKED_OF}|(?:председател|руководител|спикер|секретар|заместител)(?:ем|ями)\\s+${GAP(3)}$)`), notBefore: re(`^\\s+за\\s+${FOR_TEXT}`) },
  // Elected in the present tells how a body is elected ("70 процентов депутатов избираются по
  // спискам") unless its own clause dates it: "Депутаты маслихатов избираются 19 марта".
  { type: 'election', facet: 'election', pattern: re(`${W}(?:депутат|состав|маслихат|Мажилис|парламент)${T}\\s+${GAP(4)}избира(?:ется|ются)(?![\\p{L}])`), notAfter: re(`(?:(?:систем|закон|кодекс|законодательств|порядк|правил)${T}\\s+(?:о\\s+)?$|${TALKED_OF}|(?:председател|руководител|спикер|секретар|заместител)(?:ем|ями)\\s+${GAP(3)}$)`), needsDate: true, clauseDate: true },
  // A candidate winning or losing a vote on a day: "победил выдвиженец партии", "самовыдвиженец
  // уступил бывшему заместителю акима" (beside a vote, a candidate or a district).
  { type: 'election', facet: 'election', pattern: re(`${W}(?:победи(?:л|ла|ли|т|в)|одержа${T}\\s+${GAP(1)}побед${T}|уступи(?:л|ла|ли))(?![\\p{L}])`), also: [re(`${W}(?:выбор|голосовани|избирательн|выдвиженц|самовыдвиженц|кандидат|округ)`)], needsDate: true },
  // Powers ended by a decree ("Указом от 2 мая прекращены полномочия депутата", "полномочия
  // прекращены указом Президента"): the decree's act, as a body dissolved by one is; a post left
  // otherwise ("досрочно прекратил полномочия", "освобожден указом") is a resignation. The post
  // may come first: "от должности вице-министра энергетики освобожден Болат Жанибеков".
  { type: 'decree', facet: 'ended-powers', pattern: re(`${W}(?:${BY_DECREE}\\s+${GAP(6)}${ENDED_POWERS}|${ENDED_POWERS}\\s+${GAP(4)}${BY_DECREE})(?![\\p{L}])`) },
  { type: 'resignation', facet: 'resignation', pattern: re(`${W}${ENDED_POWERS}`), notAfter: re(`${W}${BY_DECREE}\\s+${GAP(6)}$`), notBefore: re(`^\\s+${GAP(4)}${BY_DECREE}(?![\\p{L}])`) },
  { type: 'resignation', facet: 'resignation', pattern: re(`${W}(?:отставк${T}|сложени${T}\\s+${GAP(1)}полномочи${T}|${FREE}\\s+${GAP(2)}от\\s+(?:(?:занимаем|предыдущ|прежн|нынешн|своей|сво[её]м?)${T}\\s+)?(?:должност|пост|обязанност|занимаем)${T}|от\\s+(?:должност|пост|обязанност)${T}\\s+${GAP(4)}${FREE}|отправил${T}\\s+${GAP(2)}в\\s+отставк${T}|покин(?:ул|ет|ут|ув)${T}\\s+(?:пост|должность)|(?:увол(?:ил|ит|ят|ен|ив|ьн)|уволь)${T}|(?:сня(?:л|т)${T}|сним(?:ет|ут)|снять|отстран${T})\\s+${GAP(3)}(?:с|от)\\s+(?:должност|пост|обязанност)${T}|(?:уш[её]л|ушла|ушли|уйд[её]т|уйдут|уйти)\\s+с\\s+(?:поста|должности)(?![\\p{L}]))`) , notAfter: re(TALKED_OF), notBefore: re(DENIED) },
  // An official who retires leaves the post: "ушел на пенсию", "вышла на пенсию", "отправлен на
  // пенсию" (not "выход на пенсию" or "пенсионный возраст", a reform's words).
  { type: 'resignation', facet: 'retirement', pattern: re(`${W}(?:(?:у|вы)(?:ш[её]л|шла|шли|йд[её]т|йдут|ходит|ходят)|отправ(?:ил|или|лен|лена|ят|ит)${T})\\s+на\\s+пенси(?:ю|и)(?![\\p{L}])`) },
  // A post or a mandate lost: "утратила должность председателя", "лишен депутатского мандата". Not
  // when the post is told with its tenure ("должность, которую занимала с 20 марта 2019 года"):
  // the sentence's date is the tenure's (the appointment), the loss is dated elsewhere.
  { type: 'resignation', facet: 'resignation', pattern: re(`${W}(?:утрати|утрат|утрачива|лиши|лишен|лишён|лишат)${T}\\s+${GAP(2)}(?:должност|пост|мандат|полномочи)${T}`), notBefore: re(`^[^.]*,\\s*(?:котор${T})\\s+(?:${GAP(1)})?(?:занима|возглавля|руководи|исполня)${T}`) },
  // A chamber laying down its powers ends its term ("нынешний парламент сложит полномочия с 1
  // июля"): not a resignation, as a person or a cabinet laying them down is.
  { type: 'resignation', facet: 'resignation', pattern: re(`${W}${LAY_DOWN}\\s+${GAP(3)}полномочи${T}`), notAfter: re(`(?:парламент|Мажилис|Сенат|маслихат|палат)${T}\\s+${GAP(1)}$`) },
  { type: 'coalition', facet: 'launch', pattern: re(`${W}коалици${T}`), also: [re(`${W}(?:начал${T}\\s+работ${T}|приступил${T}|созда${T}|сформирова${T}|объедини${T})`)] },
  // A memorandum on creating a coalition, signed, is the coalition's founding act.
  { type: 'coalition', facet: 'memorandum', pattern: re(`${W}(?:меморандум|соглашени)${T}\\s+${GAP(2)}(?:о|об)\\s+${GAP(1)}коалици${T}`), also: [re(`${W}(?:подписал${T}|подписан${T}|заключил${T})`)] },
  { type: 'coalition', facet: 'composition', pattern: re(`${W}(?:в\\s+состав\\s+)?коалици${T}`), also: [re(`${W}(?:вошл${T}|входят|состав${T})`)] },
  { type: 'headquarters', facet: 'opening', pattern: re(`${W}штаб${T}`), also: [re(`${W}(?:открыл${T}|открыт${T}|создан${T}|начал${T}\\s+работ${T})`)] },
  { type: 'address', facet: 'address', pattern: re(`${W}(?:послани${T}|(?:видео|теле)?обращени${T}\\s+к\\s+(?:народу|казахстанцам|гражданам|нации|соотечественникам)|обрат(?:ил${T}|ится|ятся)\\s+к\\s+(?:народу|казахстанцам|гражданам|нации|соотечественникам)|выступил\\p{L}*\\s+с\\s+(?:видео|теле)?обращением)`) },
  // "Документ был принят Мажилисом 18 января и одобрен Сенатом 26 января": a bill passing a chamber.
  { type: 'law', facet: 'passage', pattern: re(`${W}(?:принят${T}|одобрен${T})\\s+(?:${GAP(1)})?(?:Мажилис|Сенат|Парламент|палат)${T}`) },
  // A bill put before Parliament: "Правительство внесло законопроект в Мажилис", "законопроект внесен".
  // A bill's reading: "одобрили в первом чтении", "Второе чтение запланировано на 29 мая".
  // A chamber adopting the bill named before it by a pronoun: "…, а Сенат принял его 3 апреля";
  // or, as Russian puts the known object first and the new subject last, "…, а на другой день его
  // одобрил Сенат" (pronoun, verb, chamber).
  { type: 'law', facet: 'passage', pattern: re(`${W}(?:(?:Мажилис|Сенат|Парламент|палат|депутат|сенатор)${T}\\s+(?:(?:его|её|их)\\s+${GAP(1)}(?:принял|одобрил|утвердил)${T}|${GAP(1)}(?:принял|одобрил|утвердил)${T}\\s+(?:его|её|их))|(?:его|её|их)\\s+(?:принял|одобрил|утвердил)${T}\\s+${GAP(1)}(?:Мажилис|Сенат|Парламент|палат|депутат|сенатор)${T})(?![\\p{L}])`), also: [re(`${W}(?:закон|законопроект|поправк|кодекс)${T}`)], needsDate: true, alsoBefore: true },
  // A document or a draft taken up after the sentence that named the law ("Когда приняли кодекс? /
  // Глава государства подписал документ 18 июля", "Проект внесло правительство в мае").
  { type: 'law', facet: 'law', pattern: re(`${W}(?:подписал${T}|подписан${T})\\s+(?:${GAP(1)})?документ${T}`), also: [re(`${W}(?:закон|законопроект|кодекс)${T}`)], alsoBefore: true, needsDate: true },
  { type: 'law', facet: 'submission', pattern: re(`${W}(?:(?:законо)?проект${T}\\s+(?:${GAP(1)})?(?:внесл${T}|внес[её]н${T})|(?:внесл${T}|внес)\\s+(?:${GAP(1)})?(?:законо)?проект${T})`), also: [re(`${W}(?:закон|законопроект|кодекс)${T}`)], alsoBefore: true, needsDate: true },
  { type: 'law', facet: 'reading', pattern: re(`${W}(?:перв|втор|трет)\\p{L}*\\s+чтени${T}`) },
  // A bill passed as a whole or a chamber supporting "the document" ("в сентябре приняли в целом",
  // "Сенат поддержал документ в октябре"), beside a chamber: a step of its passage.
  { type: 'law', facet: 'reading', pattern: re(`${W}(?:(?:принял|принят|одобрил|одобрен|поддержал|утвердил)${T}\\s+(?:${GAP(2)})?в\\s+целом|(?:Мажилис|Сенат|Парламент|палат|депутат|сенатор)${T}\\s+${GAP(1)}(?:принял|одобрил|поддержал|утвердил)${T}\\s+документ${T})(?![\\p{L}])`), also: [re(`${W}(?:Мажилис|Сенат|Парламент|палат|депутат|сенатор|законопроект|закон)${T}`)] },
  // A bill sent on to the other chamber or to the president ("закон о ратификации направлен в
  // Сенат", "Мажилис направил законопроект в Сенат", "передан на подпись Главе государства"): a
  // step of its passage, as its reading is.
  { type: 'law', facet: 'passage', pattern: re(`${W}(?:(?:закон|законопроект|поправк|кодекс)${T}\\s+${GAP(4)}(?:направлен|передан|отправлен|поступил|поступ(?:ит|ят|ают|ает))${T}|(?:направил|направит|направят|передал|передаст|передадут|отправил)${T}\\s+${GAP(1)}(?:закон|законопроект|поправк|кодекс)${T})\\s+${GAP(1)}(?:в\\s+(?:Сенат|Мажилис|Парламент|верхн${T}\\s+палат|нижн${T}\\s+палат)|на\\s+подпись)`) },
  // A chamber taking up a bill on a day: "законопроект депутаты рассмотрят в среду, 13 мая",
  // "Сенаторы рассмотрят его в июне" (a step of the bill, like its reading).
  { type: 'law', facet: 'reading', pattern: re(`${W}рассмотр(?:ят|ит|ели|ел|ела|еть)(?![\\p{L}])`), also: [re(`${W}(?:Мажилис|Сенат|Парламент|палат|депутат|сенатор)${T}`), re(`${W}(?:законопроект${T}|закон${T}|кодекс${T}|поправк${T}|его|их)(?![\\p{L}])`)], needsDate: true },
  { type: 'law', facet: 'submission', pattern: re(`${W}(?:внес${T}\\s+${GAP(2)}(?:законопроект|поправк)${T}|(?:законопроект|поправк)${T}\\s+${GAP(2)}(?:внес[её]н|поступил)${T})`), also: [re(`${W}в\\s+(?:Парламент|Мажилис|Сенат)`)] },
  { type: 'law', facet: 'law', pattern: re(`${W}(?:закон|кодекс)${T}`), also: [re(`${W}(?:${SIGN}|${ACCEPT}|вступ${T}\\s+в\\s+силу|одобр(?:ил|ит|ят|ен|ив)${T}|поддерж(?:ал|ан|ит|ат|ив)${T}|вернул${T}|возвраща${T}|возвратил${T}|направил${T}\\s+${GAP(2)}обратно|отклон(?:ил|ит|ят|ен|ив)${T}|отмен(?:ил|ит|ят|ен|ив)${T}|налож${T}\\s+вето|вето|(?:внес|внёс)${T}\\s+${GAP(1)}(?:изменени|поправк|дополнени)${T})(?![\\p{L}])`)] },
  // The head of state's signature told as a step of its own, in the clause after the chambers'
  // ("… одобрен Сенатом 20 марта и подписан президентом 2 апреля"): the law, on that day.
  // Amendments signed are a law ("Эти поправки Президент подписал 17 сентября"), unless they are
  // the Constitution's (a reform, its own cue).
  // (Or returned by a chamber or the President: "Сенат возвращал в Мажилис поправки в Кодекс".)
  { type: 'law', facet: 'law', pattern: re(`${W}поправк${T}`), also: [re(`${W}(?:${SIGN}|вернул${T}|возвраща${T}|возвратил${T})(?![\\p{L}])`), re(`^(?![\\s\\S]*(?:Конституци|конституционн))`)] },
  { type: 'law', facet: 'law', pattern: re(`${W}подписан${T}\\s+(?:${GAP(1)})?(?:президент|глав${T}\\s+государства|Токаев)${T}`), also: [re(`${W}(?:закон|кодекс)${T}`)] },
  // A Constitution coming into force changes the order of the state: a reform, whatever law
  // names it ("Новая Конституция вступит в силу 1 июля", "поправки в Конституцию вступили в силу").
  { type: 'reform', facet: 'constitution', pattern: re(`${W}(?:Конституци(?!онн)|Основн${T}\\s+закон)${T}\\s+${GAP(6)}вступ${T}\\s+в\\s+силу`) },
  // Changes, a document or a norm taking force on a day of their own ("поправки вступают в силу
  // с 1 июля"): the law's event. An agreement's is not, nor a verdict's ("в законную силу").
  { type: 'law', facet: 'law', pattern: re(`${W}вступ${T}\\s+в\\s+силу`), notAfter: re(`(?:соглашени|договор|конвенци|приговор|решени)`), notBefore: re(`^\\s+(?:${GAP(1)})?(?:соглашени|договор|конвенци|приговор|решени)`), needsDate: true },
  // (Published or made public, "указ опубликован на сайте Акорды", is issued: news of the signing.)
  { type: 'decree', facet: 'decree', pattern: re(`${W}(?:указ${T}|распоряжени${T}|постановлени${T})`), also: [re(`${W}(?:${SIGN}|издал${T}|издан${T}|изда(?:ст|дут)|опубликова${T}|опублику${T}|обнародова${T}|обнароду${T})`)] },
  // A decree named by its date ("указом от 9 апреля"): the decree of that day, a weak cue (what the
  // sentence says was done by it, "назначен", takes that day instead).
  { type: 'decree', facet: 'dated', pattern: re(`${W}(?:указ|постановлени|распоряжени)${T}\\s+(?:${GAP(2)})?от\\s+\\d`), fallback: true },
  { type: 'decree', facet: 'call-election', pattern: re(`${W}(?:${APPOINT}\\s+${GAP(2)}(?:выбор|референдум)${T}|выбор${T}\\s+${GAP(3)}(?:были\\s+)?назначен${T})`) },
  // An election or a referendum announced ("объявил о досрочных выборах", "объявил о проведении
  // референдума", "Досрочные выборы Токаев объявил 9 апреля") is called that day, as one appointed
  // is: the day is the calling's, not the vote's (which is weeks later). Not "объявил итоги выборов"
  // (only adjectives between), nor "выборы объявлены состоявшимися" (they were held).
  { type: 'decree', facet: 'call-election', pattern: re(`${W}(?:объяв${T}\\s+(?:о|об)\\s+(?:(?:проведении|созыве)\\s+)?(?:[\\p{L}-]+(?:ых|их|ом|ем)\\s+){0,2}(?:выбор|референдум)${T}|объяв${T}\\s+(?:[\\p{L}-]+(?:ые|ие|ый|ий)\\s+){0,2}(?:выбор|референдум)(?:ы|а)?(?![\\p{L}])|(?:выбор|референдум)${T}\\s+${GAP(2)}объяв(?:ил|ила|или|лен|лена|лены|лено)(?![\\p{L}]))`), notBefore: re(`^\\s+(?:не)?(?:состоявш|действительн|недействительн)`) },
  // A pardon ("помиловал", "помилован", "помилование"): an act of the head of state's decree. A
  // mourning declared ("объявил общенациональный траур", "траур объявлен") is a day of its own.
  { type: 'decree', facet: 'pardon', pattern: re(`${W}помил(?:ова|у)${T}`) },
  { type: 'other', facet: 'mourning', pattern: re(`${W}(?:(?:объяв|введ|ввел|ввёл)${T}\\s+${GAP(2)}траур${T}|траур${T}\\s+${GAP(3)}(?:объявлен|введ[её]н)${T})`) },
  // "Референдум был назначен указом Президента от 5 мая": the vote called by a decree named with
  // its day; the day is the decree's, not the vote's.
  { type: 'decree', facet: 'call-election', pattern: re(`${W}референдум${T}\\s+${GAP(2)}(?:был\\s+)?назначен${T}\\s+указом`) },
  { type: 'other', facet: 'emergency', pattern: re(`${W}(?:чрезвычайн${T}\\s+(?:положени|ситуаци)${T}|режим${T}\\s+(?:ЧП|ЧС))`), also: [re(`${W}(?:введ${T}|ввел${T}|ввёл${T}|объяв${T}|действ(?:овал|ует|овать)${T})`)] },
  // Leaving a party: "вышел из партии", "покинул ряды партии".
  // A state's part in an organisation frozen, suspended or resumed ("Армения, которая в феврале
  // заморозила участие в ОДКБ", "приостановила членство в ОДКБ"): its membership changed that day.
  { type: 'membership', facet: 'state', pattern: re(`${W}(?:заморози|заморож|приостанови|приостановл|возобнови|возобновл)${T}\\s+(?:сво[её]\\s+)?(?:участи|членств)${T}\\s+в\\s+[\\p{Lu}«"]`), needsDate: true },
  { type: 'membership', facet: 'left', pattern: re(`${W}(?:вышел${T}|вышл${T}|выйд(?:[её]т|ут)|выход${T}|покину${T})\\s+(?:из\\s+)?(?:рядов\\s+|ряды\\s+)?парти${T}`) },
  // Expelled from a party: "исключил из партии", "исключен из рядов партии".
  { type: 'membership', facet: 'left', pattern: re(`${W}исключ${T}\\s+${GAP(3)}из\\s+(?:рядов\\s+)?парти${T}`) },
  { type: 'membership', facet: 'tickets', pattern: re(`${W}партийн${T}\\s+билет${T}|${W}(?:принят|вступ)${T}\\s+в\\s+(?:ряды\\s+)?парти${T}|${W}в\\s+ряды\\s+парти${T}\\s+${GAP(1)}(?:вступил|принят|принял|вступа)${T}`) },
  // A state joining an agreement or an organisation ("Казахстан присоединяется к Авраамовым
  // соглашениям", "вступил в ВТО"): its membership, not a merger of parties.
  { type: 'membership', facet: 'state', pattern: re(`${W}(?:присоедин${T}\\s+к\\s+${GAP(2)}(?:соглашени|организаци|договор|конвенци|декларац|союз|ОДКБ|ЕАЭС|ВТО|ШОС|НАТО|СНГ|ОТГ|БРИКС)${T}|вступ${T}\\s+во?\\s+(?:ВТО|ЕАЭС|ОДКБ|ШОС|ООН|НАТО|СНГ|ОТГ|БРИКС|Евразийск${T}\\s+экономическ${T}\\s+союз|Всемирн${T}\\s+торгов${T}\\s+организаци)${T})`) },
  { type: 'other', facet: 'merger', pattern: re(`${W}(?:присоедин${T}|слияни${T}|объединил${T}|вошл${T}\\s+в\\s+состав\\s+парти${T})`), notBefore: re(`^\\s+к\\s+${GAP(2)}(?:соглашени|организаци|договор|конвенци|декларац|союз|ОДКБ|ЕАЭС|ВТО|ШОС|НАТО|СНГ|ОТГ|БРИКС)`) },
  // A maslikhat agreeing to the akim's candidacy: the appointment's step ("согласовал кандидатуру").
  // Approved by a chamber or a maslikhat: "был утвержден Мажилисом 11 января".
  { type: 'appointment', facet: 'approved', pattern: re(`${W}утвержд[её]н${T}\\s+(?:${GAP(1)})?(?:Мажилисом|Сенатом|Парламентом|маслихатом|депутатами)`) },
  { type: 'appointment', facet: 'candidacy', pattern: re(`${W}(?:согласова${T}|согласу${T}|одобр${T})\\s+${GAP(1)}кандидатур${T}`) },
  // (And a court sets a sentence: "Суд назначил ему семь лет лишения свободы", "назначил штраф".)
  // "Назначен" also schedules ("заседание назначено на 5 мая", "назначил выборы"); electing and
  // confirming to a post never do ("на заседании избрали председателем").
  { type: 'appointment', facet: 'appointment', pattern: re(`${W}(?:${APPOINT}|переназнач${T}|переутверди${T}|переутвержд${T}|сохран(?:ил|ила|или|ило|ит|ят|ив)\\s+(?:за\\s+собой\\s+)?(?:сво${T}\\s+)?(?:пост|должност|портфел)${T})`), notAfter: re(`(?:выбор${T}|голосовани${T}|референдум${T}|заседани${T}|съезд${T}|сесси${T}|встреч${T}|совещани${T}|слушани${T}|дат[аеуы]|срок${T})(?:\\s+${GAP(3)}|,\\s+${GAP(2)}(?:его|её|ее|их)\\s+)$`), notBefore: re(`^\\s+(?:на\\s+(?:\\d|сегодня|завтра|понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)|${GAP(2)}выбор|${GAP(3)}(?:наказани${T}|штраф${T}|(?:лет|год${T}|месяц${T})\\s+(?:лишени|заключени|ограничени|колони)${T}|экспертиз${T}|проверк${T}))`) },
  // A tenure told with its start: "исполнявший обязанности премьера с 5 января", "руководит с
  // 2 февраля 2023 года", "которую занимала с 20 марта 2019 года": the appointment was on that day.
  { type: 'appointment', facet: 'tenure', pattern: re(`${W}(?:руководи${T}|возглавля(?:ет|л|вш)${T}|занима(?:ет|л|ла|вш)${T}|исполня(?:ет|л|ла|вш)${T}\\s+обязанност${T})`), notBefore: re(`^\\s+${STATE}`), also: [re(`(?:^|[\\s,])с\\s+(?:\\d{1,2}(?:-го)?\\s+\\p{L}+|\\p{L}+\\s+\\d{4}|\\d{4}\\s+год)`)], needsDate: true, fallback: true },
  // Taking the head of a body or a post ("возглавил Совет безопасности", "возглавит министерство"):
  // the perfective tells the day one took it. Heading a march, a list or a delegation is no post.
  // Powers or a post passing to someone, any tense and gender: "полномочия Председателя Совета
  // безопасности перешли к нему", "пост перешел к", "должность перейдет к" (the taking of the post).
  { type: 'appointment', facet: 'appointment', pattern: re(`${W}(?:полномочи|пост|должност|кресл)${T}\\s+${GAP(4)}(?:переш(?:ли|л|ла|ло|[её]л)|перейд(?:ут|[её]т)|переход(?:ят|ит)|передан[аоы]?)\\s+к(?![\\p{L}])`) },
  { type: 'appointment', facet: 'appointment', pattern: re(`${W}возглав(?:ил|ит|ят|ив)${T}`), notBefore: re(`^\\s+${GAP(1)}(?:делегаци|спис|колонн|шестви|рейтинг|акци|протест|митинг|марш|движени|оппозици)${T}|^\\s+${STATE}`) },
  { type: 'appointment', facet: 'appointment', pattern: re(`${W}(?:${ELECT}\\s+${GAP(3)}(?:председател|руководител|спикер|глав|секретар|заместител)${T}|(?:председател|руководител|спикер|глав|секретар|заместител)${T}\\s+${GAP(3)}(?:избран|избрал)${T}|утвер[дж]${T}\\s+(?:${GAP(2)})?в\\s+должност${T}|утвердил${T}\\s+кандидатур${T}|утвердил${T}\\s+${GAP(2)}состав${T}|избрал${T}\\s+${GAP(2)}(?:председател|руководител|спикер|глав|секретар|заместител)${T}|приступил${T}\\s+к\\s+(?:исполнению\\s+)?обязанност${T}|(?:исполнени${T}\\s+)?обязанност${T}\\s+${GAP(3)}возлож${T}|возлож${T}\\s+${GAP(1)}(?:исполнени${T}\\s+)?обязанност${T}|получил${T}\\s+${GAP(1)}пост|пост${T}\\s+${GAP(5)}получил${T}|(?:стал${T}?|стан(?:ет|ут))\\s+(?:нов${T}\\s+)?${POSTS}|(?:нов${T}\\s+)?${POSTS}\\s+${GAP(1)}(?:стал${T}?|стан(?:ет|ут))(?![\\p{L}])|(?:заня(?:л|ла|ли|ло|в)|займ[её]т|займут)\\s+${GAP(1)}(?:пост|должност)${T})`) },
  // Approved in a post, the post in the instrumental: "Мажилис утвердил Алихана Смаилова премьер-министром".
  { type: 'appointment', facet: 'appointment', pattern: re(`${W}утвер[дж]${T}\\s+${GAP(3)}(?:премьер-министр|министр|аким|председател|руководител|секретар|заместител)(?:ом|ем|ей)(?![\\p{L}])`) },
  // Amendments to the Constitution: a reform, whichever chamber or vote the sentence tells.
  { type: 'reform', facet: 'amendment', pattern: re(`${W}(?:(?:поправк|изменени)${T}\\s+${GAP(1)}(?:в|к)\\s+Конституци(?:я|и|ю|ей)(?![\\p{L}])|(?:в|к)\\s+Конституци(?:я|и|ю|ей)\\s+${GAP(3)}(?:поправк|изменени)${T})`), also: [re(`${W}(?:одобрил${T}|принял${T}|принят${T}|одобрен${T}|подписал${T}|вступ${T}\\s+в\\s+силу|предложил${T}|объявил${T}|внес[её]н${T}|внесл${T})`)] },
  // The Constitution changed or rewritten, either order: "Основной закон … часто меняли",
  // "изменили Конституцию"; a status or a norm abolished: "был отменен особый статус первого
  // президента", "мораторий отменен". A change told after the referendum that made it ("референдум
  // 5 июня 2022 года, когда меняли Конституцию") is that referendum.
  { type: 'reform', facet: 'amendment', pattern: re(`${W}(?:(?:измени|изменя|меня|поменя|переписа|переписыва)(?:л|ла|ли|ло|т|ют|ет|ть|н|на|ны|но)?\\s+${GAP(1)}(?:Конституци(?:я|и|ю|ей)|Основн(?:ой|ого|ым|ом)\\s+закон(?:а|у|ом|е)?)|(?:Конституци(?:я|и|ю|ей)|Основн(?:ой|ого|ым|ом)\\s+закон(?:а|у|ом|е)?)\\s+${GAP(4)}(?:(?:измени|изменя|меня|поменя|переписа|переписыва)(?:л|ла|ли|ло|н|на|ны|но)|изменен[аоы]?))(?![\\p{L}])`), notAfter: re(`референдум${T}[^.]{0,80}$`) },
  { type: 'reform', facet: 'abolished', pattern: re(`${W}(?:(?:отмен[её]н|отменил|отменят|отменит|упразднен|упразднил)${T}\\s+${GAP(2)}(?:статус|мораторий|моратори|смертн${T}\\s+казн|институт\\s+(?:акимов|сенатор|депутат)|квот)${T}|(?:статус|мораторий|моратори|смертн${T}\\s+казн|квот)${T}\\s+${GAP(4)}(?:был[аои]?\\s+)?(?:отмен[её]н|упразднен)${T})`) },
  // A rule introduced: "введены прямые выборы акимов", "смешанная система была внедрена".
  { type: 'reform', facet: 'introduced', pattern: re(`${W}(?:(?:введен|введён|внедрен|внедрён)${T}\\s+${GAP(3)}(?:выбор|систем|порядок|норм|модел|срок)${T}|(?:выбор|систем|порядок|норм|модел|срок)${T}\\s+${GAP(4)}(?:введен|введён|внедрен|внедрён)${T})`) },
  // A change of system announced: "о переходе к выборности акимов", "к смешанной системе".
  { type: 'reform', facet: 'transition', pattern: re(`${W}переход${T}\\s+к\\s+${GAP(1)}(?:выборност|выбор|избира|смешанн|пропорциональн|парламентск|президентск|модел|систем)${T}`) },
  // Reforms named by their year: "реформ 2022 года", "Поправки 2022 года ограничили …" (a recalled
  // reform with a date of its own).
  // A law or a code named by its year, the genitive right after it ("кодекс 2003 года", "закона 2007
  // года"): a law of that year, recalled with a date of its own. (Not the Constitution: "Конституция
  // 1995 года" was adopted by a referendum, which its sentence tells.)
  { type: 'law', facet: 'dated', pattern: re(`${W}(?:закон|кодекс)${T}(?=\\s+\\d{4}\\s+год)`), needsDate: true, fallback: true },
  { type: 'reform', facet: 'dated', pattern: re(`${W}(?:поправк|изменени)${T},?\\s+(?:принят|внес[её]нн|одобренн)${T}\\s+в\\s+(?=\\d{4}\\s+год)`), needsDate: true },
  // A treaty named by its year ("Договора о вечной дружбе 1998 года", "договором 2008 года"): one
  // signed that year, recalled with a date of its own.
  { type: 'other', facet: 'agreement-dated', pattern: re(`${W}(?:договор|соглашени|меморандум)${T}(?=\\s+(?:(?:о|об)\\s+(?:[\\p{L}-]+\\s+){1,3})?\\d{4}\\s+год)`), needsDate: true },
  { type: 'reform', facet: 'dated', pattern: re(`${W}(?:реформ|поправк)${T}(?=\\s+\\d{4}\\s+год)`), needsDate: true },
  { type: 'reform', facet: 'reform', pattern: re(`${W}реформ${T}`), also: [re(`${W}(?:предлож${T}|объяв${T}|представ${T}|запуст${T}|стартова${T}|началась|начнётся|начнется|вступ${T}\\s+в\\s+силу)`)] },
  // A session of an international council or assembly ("сессия Совета коллективной безопасности
  // ОДКБ", "сессия Генассамблеи ООН") and a sitting of committees ("на совместном заседании
  // комитетов") are meetings, not a chamber's or a maslikhat's session.
  { type: 'meeting', facet: 'council-session', pattern: re(`${W}(?:сесси${T}\\s+(?:${GAP(1)})?${FOREIGN_COUNCIL}|(?:совместн${T}\\s+)?заседани${T}\\s+(?:${GAP(1)})?комитет(?:а|ов)(?![\\p{L}]))`) },
  { type: 'session', facet: 'session', pattern: re(`${W}(?:сесси${T}|совместн${T}\\s+заседани${T}|пленарн${T}\\s+заседани${T})`), notBefore: re(`^\\s+(?:${GAP(1)})?(?:${FOREIGN_COUNCIL}|комитет(?:а|ов)(?![\\p{L}]))`) },
  // A body's own sitting is a meeting of its own: "заседание правительства", "Совета безопасности".
  { type: 'meeting', facet: 'sitting', pattern: re(`${W}(?:заседани|совещани)${T}\\s+(?:правительства|Совета\\s+безопасности|коллегии|фракции|политсовета|акимата|Высшего\\s+\\p{L}+\\s+совета)`) },
  // A meeting to be held or held: "встречу договорились провести в 2026 году", "встреча пройдет".
  { type: 'meeting', facet: 'meeting', pattern: re(`${W}встреч${T}\\s+${GAP(3)}(?:${TAKES_PLACE}|${HELD})`) },
  // A meeting named by its kind is a gathering whatever verb tells it: "подготовка к
  // Консультативной встрече глав государств", "неформальная встреча лидеров", "отчетная встреча".
  { type: 'meeting', facet: 'meeting', pattern: re(`${W}(?:консультативн|неформальн|двусторонн|трехсторонн|трёхсторонн|отчетн|отчётн|рабоч)${T}\\s+встреч${T}`) },
  // An official reporting to the residents or to the head of state is a meeting held in person.
  { type: 'meeting', facet: 'report', pattern: re(`${W}отчита${T}\\s+перед\\s+(?:жител|населени|избирател|депутат|Президент|глав)${T}`) },
  // A draft put to public discussion is a proposal, due by the day the discussion closes: "проект
  // постановления вынесен на общественное обсуждение до 16 апреля".
  { type: 'proposal', facet: 'draft', pattern: re(`${W}(?:проект|законопроект)${T}\\s+${GAP(4)}(?:вынес[её]н|вынесл|опубликова|представлен|выставлен|размещ[её]н)${T}\\s+(?:на|для)\\s+${GAP(1)}обсуждени${T}`) },
  // A draft made public: "Проект новой Конституции был опубликован 31 января"; handed over: "25
  // февраля комиссия представит доработанный текст Президенту".
  { type: 'other', facet: 'draft', pattern: re(`${W}(?:проект|текст)${T}\\s+${GAP(3)}(?:был[аио]?\\s+)?опубликова${T}|${W}(?:представ(?:ит|ят|ил|ила|или|ило|лен|лена|лены|лено)|переда(?:ст|дут|л|ла|ли|н|на))\\s+${GAP(2)}(?:текст|проект)(?![\\p{L}]|[ауеомы]\\p{L}{0,2}(?![\\p{L}]))|${W}опубликова${T}\\s+${GAP(1)}(?:проект|текст)${T}`) },
  { type: 'meeting', facet: 'summit', pattern: re(`${W}саммит${T}`), notBefore: re(DENIED) },
  // A round table held or to be held: "проводим круглый стол", "в ходе круглого стола".
  { type: 'meeting', facet: 'roundtable', pattern: re(`${W}кругл${T}\\s+стол(?:а|у|ом|е|ы|ов|ам|ами|ах)?(?![\\p{L}])`) },
  // A council or its members convening: "28 ноября соберется Совет коллективной безопасности"
  // (not "соберутся на сессию", "на съезд": that gathering is the event).
  { type: 'meeting', facet: 'convened', pattern: re(`${W}(?:соберутся|собер[её]тся|собрал(?:ся|ась|ись))(?![\\p{L}])`), notBefore: re(`^\\s+(?:на|в|во)\\s+${GAP(1)}(?:сесси|съезд|заседани|курулта|форум|саммит|совещани|пленум|конференци)${T}`), also: [re(`${W}(?:[Сс]овет${T}|комисси${T}|лидер${T}|глав${T}|министр${T}|депутат${T}|сенатор${T}|делегат${T}|член${T})`)] },
  { type: 'meeting', facet: 'forum', pattern: re(`${W}форум${T}`) },
  { type: 'meeting', facet: 'meeting', pattern: re(`${W}${MEET}|${W}встреч(?:а|и|е|у|ей|ах)\\s+с(?![\\p{L}])|${W}расширенн${T}\\s+заседани${T}|${W}совещани${T}|${W}(?:${HOLD}|${TAKES_PLACE})\\s+${GAP(3)}встреч${T}`) },
  // Public hearings held or to be held: "Публичные слушания по бюджету проведем с 3 по 5 ноября",
  // "Слушания в регионах пройдут с 2 по 6 февраля" (a gathering dated by the day it opens).
  { type: 'meeting', facet: 'hearing', pattern: re(`${W}(?:(?:публичн|общественн|парламентск)${T}\\s+слушани${T}|слушани${T}\\s+${GAP(3)}(?:пройд|прош|состо|провед|провод|начн|начал|заверш)${T})`) },
  // What was discussed "at the meeting" (На встрече обсудили …) is that meeting, not another.
  // A public discussion ("всенародное обсуждение продлится до 20 февраля", "год уйдет на широкое
  // обсуждение") is a debate of the public over weeks, no gathering.
  { type: 'meeting', facet: 'discussion', pattern: re(`${W}обсуд(?:и|я)${T}|${W}обсужд(?:ени|[её]н)${T}`), notAfter: re(`(?:(?:на\\s+встрече|в\\s+ходе\\s+(?:встречи|заседания|переговоров|беседы)|на\\s+(?:заседании|совещании|переговорах))[\\s,]+${GAP(8)}|(?<![\\p{L}])(?:всенародн|общенародн|общественн|широк|публичн|открыт)${T}\\s+)$`) },
  // A candidacy put forward ("внес кандидатуру", "Кандидатуру, внесенную президентом") and an
  // invitation ("пригласил … посетить Казахстан") are proposals.
  // Re-elected to a post ("переизбран председателем партии") is an appointment; re-elected
  // otherwise ("переизбран президентом", "переизбран на второй срок") is an election.
  { type: 'appointment', facet: 'appointment', pattern: re(`${W}(?:переизб(?:ра|ер|ира)${T}\\s+${GAP(2)}${BODY_POSTS}${T}|${BODY_POSTS}${T}\\s+${GAP(3)}переизб(?:ра|ер|ира)${T})`) },
  { type: 'election', facet: 'election', pattern: re(`${W}переизб(?:ра|ер|ира)${T}`), notBefore: re(`^\\s+${GAP(2)}${BODY_POSTS}`), notAfter: re(`${BODY_POSTS}${T}\\s+${GAP(3)}$`) },
  // "Новым лидером стал Ерлан Кошанов", "премьером стал Аскар Мамин": taking a post.
  { type: 'appointment', facet: 'appointment', pattern: re(`${W}(?:(?:стал|стала)\\s+${GAP(1)}(?:лидер|председател|руководител|глав|премьер|аким|министр|спикер)${T}|(?:лидер|председател|руководител|премьер|аким|министр|спикер)${T}\\s+${GAP(1)}(?:стал|стала)(?![\\p{L}]))`) },
  { type: 'proposal', facet: 'candidacy', pattern: re(`${W}(?:внес${T}\\s+${GAP(3)}кандидатур${T}|кандидатур${T}\\s*,?\\s+${GAP(3)}внес${T}|пригласил${T}\\s+${GAP(4)}(?:посетить|приехать|принять\\s+участие))`) },
  // An idea voiced, either order: "Идея совета была озвучена", "высказал идею референдума".
  { type: 'proposal', facet: 'proposal', pattern: re(`${W}(?:иде(?:я|и|ю|ей|е)\\s+${GAP(3)}(?:был[аои]?\\s+)?(?:озвучен|озвучил|высказан|высказал|выдвинут|выдвинул)${T}|(?:озвучил|высказал|выдвинул)${T}\\s+${GAP(1)}иде(?:я|и|ю|ей|е)(?![\\p{L}]))`) },
  { type: 'proposal', facet: 'proposal', pattern: re(`${W}(?:${PROPOSE}|выступил${T}\\s+с\\s+предложени${T}|внес${T}\\s+${GAP(1)}предложени${T}|выдвижени${T}|выдвин(?:ул[аио]?|ет|ут[аоы]?|ув)(?![\\p{L}])|(?<!по\\s+)инициатив(?!н)${T})`) },
  // A party choosing its candidates: "провела праймериз".
  // A party's list of candidates approved: "утвердил партийный список".
  { type: 'other', facet: 'party-list', pattern: re(`${W}(?:утверди${T}|утвержд[её]н${T})\\s+${GAP(1)}партийн${T}\\s+спис${T}|партийн${T}\\s+спис${T}\\s+${GAP(2)}утвержд[её]н${T}`) },
  { type: 'other', facet: 'primaries', pattern: re(`${W}праймериз`) },
  // The capital moved: "столица перенесена в Акмолу", "перенос столицы".
  { type: 'other', facet: 'capital', pattern: re(`${W}(?:столиц${T}\\s+${GAP(3)}перенес${T}|перенос${T}\\s+столиц${T})`) },
  // (The protesters, "протестующие", are people the sentence names, not a protest it reports.)
  // A notice, an application, a claim or a complaint filed on a day, either order ("заявку группа
  // подала 22 февраля", "подадим новое уведомление – на 5 мая", "первые два заявления группа
  // подавала в октябре", "иск будет подан на следующей неделе"): an act of its own, the step before
  // a rally's answer or a court's (a "заявление" filed is an application, not a statement);
  // undated, it is background. A resignation asked for ("подал заявление об отставке", "о
  // сложении полномочий") is the resignation's own cue.
  { type: 'other', facet: 'filing', pattern: re(`${W}(?:${FILE}\\s+${GAP(3)}(?:${FILED})|(?:${FILED})\\s+${GAP(4)}(?:был[аио]?\\s+|будут?\\s+)?${FILE})`), notBefore: re(`^\\s*(?:${GAP(1)})?(?:об?|с\\s+просьбой\\s+об?)\\s+(?:${GAP(1)})?(?:отставк|сложени|освобожд|увольнени|выход)${T}`), needsDate: true },
  // Diplomatic relations established, broken off or restored ("Дипломатические отношения Казахстан
  // и Китай установили 3 января 1992 года", "установление дипломатических отношений"): an act of
  // two states on a day of its own; undated, it is background.
  { type: 'other', facet: 'relations', pattern: re(`${W}(?:дипломатическ${T}\\s+отношени${T}\\s+${GAP(4)}(?:установ|разорва|разрыв|восстанов|прерва)${T}|(?:установ|разорва|разрыв|восстанов|прерва)${T}\\s+${GAP(2)}дипломатическ${T}\\s+отношени${T})`), needsDate: true },
  // (Not a protest only called for, either order: "призывал к протестам", "К протестам призывал
  // банкир", "призывы к забастовке", "призовут к митингу".)
  { type: 'other', facet: 'protest', pattern: re(`${W}(?:митинг${T}|пикет${T}|беспорядк${T}|протест(?!ующ)${T}|забастовк${T}|вышл${T}\\s+на\\s+(?:площад|улиц|митинг|акци)${T})`), notAfter: re(`${W}(?:призыв|призва|призов)${T}\\s+(?:[\\p{L}-]+\\s+){0,3}к\\s+(?:[\\p{L}-]+\\s+)?$`), notBefore: re(`^\\s+(?:[\\p{L}-]+\\s+)?(?:призыв|призва|призов)${T}`) },
  // Named events with a date of their own: "события января 2022 года" (the January events).
  { type: 'other', facet: 'events', pattern: re(`${W}событи${T}`), needsDate: true, fallback: true },
  { type: 'other', facet: 'registration', pattern: re(`${W}(?:зарегистрир${T}|регистраци${T}|уведомлени${T}\\s+о\\s+(?:создании|регистрации))`) },
  // Candidates handed their certificates: "кандидаты получили удостоверения" (not the elected
  // president's, handed at the inauguration).
  { type: 'other', facet: 'registration', pattern: re(`${W}(?:(?:получил|получат|получит|вручил|вручен|вручат|выдан|выдал)${T}\\s+${GAP(2)}удостоверени${T}|удостоверени${T}\\s+${GAP(3)}(?:вручен|выдан|вручил|выдал)${T})`), also: [re(`${W}кандидат(?!ур)`)] },
  // A candidate taken off the ballot or withdrawing: "снят с выборов", "снял свою кандидатуру".
  { type: 'other', facet: 'registration', pattern: re(`${W}(?:(?:сня(?:л|т)${T}|сним(?:ет|ут))\\s+${GAP(3)}с\\s+(?:выбор|предвыборн|гонк|дистанци|регистраци|голосовани)${T}|(?:сня(?:л|т)${T}|сним(?:ет|ут))\\s+${GAP(1)}кандидатур${T})`) },
  // A party, a movement or a medium banned or suspended, on a day of its own: "суд запретил
  // деятельность партии", "партия запрещена", "приостановил деятельность движения".
  { type: 'other', facet: 'ban', pattern: re(`${W}(?:(?:запрет(?:ил|ит|ят|ив)|запрещ[её]н)${T}\\s+${GAP(1)}(?:деятельност|парти|движени|блок)${T}|приостанов${T}\\s+${GAP(1)}деятельност${T}|(?:деятельност|парти|движени|блок)${T}\\s+${GAP(4)}(?:был[аои]?\\s+)?(?:запрещ[её]н|приостановлен)${T})`), needsDate: true },
  { type: 'meeting', facet: 'visit', pattern: re(`${W}(?:визит${T}|(?:${HOLD}|${TAKES_PLACE}|(?:начал|в\\s+ходе|по\\s+итогам)${T})\\s+${GAP(3)}${TALKS}|${TALKS}\\s+${GAP(6)}(?:${TAKES_PLACE}|${HELD}|начал${T})|${TALKS}\\s+${GAP(8)}(?:пройдут|состоятся|запланирован${T}|намечен${T})|посет(?:ил|ит|ят|ив)${T}|посещал${T}|посещени${T}|рабоч${T}\\s+поездк${T})`) },
  // A telephone conversation: talks of its own kind, never the visit the leaders discussed or
  // recalled in it ("провел телефонный разговор … напомнил о своем государственном визите в мае 2022
  // года").
  { type: 'meeting', facet: 'call', pattern: re(`${W}(?:телефонн${T}\\s+разговор${T}|(?:общал|поговорил|говорил|разговаривал|созвонил)${T}\\s+(?:${GAP(2)})?по\\s+телефону)`) },
  // A press conference or a briefing held: the speaker's statement, as what is said there is the
  // news, not a visit nor a gathering ("провел пресс-конференцию", "брифинг прошел"); a conference
  // of another kind is a gathering.
  { type: 'statement', facet: 'press', pattern: re(`${W}(?:(?:${HOLD}|${TAKES_PLACE}|(?:дал|организова)${T})\\s+${GAP(2)}(?:пресс-конференц|брифинг)${T}|(?:пресс-конференц|брифинг)${T}\\s+${GAP(2)}(?:${TAKES_PLACE}|${HELD}))`) },
  { type: 'meeting', facet: 'conference', pattern: re(`${W}(?:(?:${HOLD}|${TAKES_PLACE}|организова${T})\\s+${GAP(2)}конференц${T}|конференц${T}\\s+${GAP(2)}(?:${TAKES_PLACE}|${HELD}))`) },
  // An arrival of a leader or a delegation on a day of its own: "14 сентября Си Цзиньпин прилетел в
  // Нур-Султан", "делегация прибудет в Астану 3 июля" (the visit's first day).
  // (The place may come first: "в Астану прибудет министр иностранных дел Малайзии".)
  { type: 'meeting', facet: 'visit', pattern: re(`${W}(?:(?:прибыл[аи]?|прибуд(?:ет|ут)|прилетел[аи]?|прилетит|прилетят)\\s+(?:[\\p{L}-]+\\s+){0,2}(?:в|во)\\s+[\\p{Lu}]|(?:в|во)\\s+[\\p{Lu}][\\p{L}-]*\\s+(?:прибыл[аи]?|прибуд(?:ет|ут)|прилетел[аи]?|прилетит|прилетят)(?![\\p{L}]))`), needsDate: true, fallback: true },
  // Coming to a region or a town on a day of its own, any gender, number and tense: "когда
  // приезжал в область в апреле", "президент приедет в Актобе 5 мая", "приезжали в район".
  { type: 'meeting', facet: 'visit', pattern: re(`${W}(?:прие(?:хал|хала|хали|зжал|зжала|зжали|дет|дут|зжает|зжают))\\s+(?:[\\p{L}-]+\\s+){0,2}(?:в|во)\\s+\\p{L}`), needsDate: true, fallback: true },
  // Citizens received by an official, on a day of its own: "проведет выездной прием граждан",
  // "прием жителей района состоится 14 марта".
  { type: 'meeting', facet: 'reception', pattern: re(`${W}при[её]м${T}\\s+(?:граждан|жителей|населени|посетителей|избирателей)${T}`), needsDate: true },
  { type: 'other', facet: 'agreement', pattern: re(`${W}(?:соглашени${T}|договор${T}|конвенци${T}|меморанд${T}|декларац${T}|совместн${T}\\s+заявлени${T}|(?:коммерческ|межправительственн|двусторонн|межгосударственн)${T}\\s+документ${T}|(?:пакет${T}\\s+(?:${GAP(1)})?|\\d+\\s+(?:${GAP(1)})?)(?:документ|соглашени)${T})`), also: [re(`${W}(?:подпис${T}|подпиш${T}|ратифицир${T}|заключ${T}|обменял${T}|вступ${T}\\s+в\\s+силу|(?<=(?:декларац|совместн\\p{L}*\\s+заявлени)\\p{L}*\\s+(?:\\S+\\s+){0,3})(?:был[аио]?\\s+)?принят[аоы]?|прин(?:ял|яла|яли|имают|имает|ять|яв)(?=\\s+(?:\\S+\\s+){0,4}(?:декларац|совместн\\p{L}*\\s+заявлени)))`)] },
  { type: 'decree', facet: 'dissolution', pattern: re(`${W}(?:распущен${T}|роспуск${T}|досрочн${T}\\s+прекращени${T})`) },
  { type: 'law', facet: 'ratification', pattern: re(`${W}(?:ратифи${T}|денонс${T}|амнисти${T})`) },
  { type: 'other', facet: 'court', pattern: re(`${W}(?:приговор${T}|задержан${T}|задержал${T}|задерж(?:ит|ат)|арест(?:ова|у)${T}|(?:суд|присяжн${T})\\s+${GAP(3)}(?:постановил|признал|вынес|осуд|оправда)${T}|осужд[её]н${T}|возбу(?:д|жд)${T}\\s+${GAP(2)}дел${T}|дел[оа]?\\s+${GAP(2)}(?:был[оаи]?\\s+)?возбужд[её]н${T}|оправдан${T}\\s+${GAP(1)}(?:суд|присяжн)${T}|призна${T}\\s+${GAP(7)}(?:виновн${T}|вину)|(?:под|из-под)\\s+(?:домашн${T}\\s+)?(?:страж|арест)${T}|предъяв${T}\\s+${GAP(2)}обвинени${T}|обвинени${T}\\s+${GAP(3)}предъявлен${T}|оштраф${T}|в\\s+(?:международный\\s+)?розыск|экстради${T}|получил${T}?\\s+(?:${GAP(2)})?(?:год|года|лет)\\s+(?:лишения\\s+свободы|колонии|заключения|условно|за\\s))`) },
  // A case before a court: sent to it ("Уголовное дело поступило в суд 22 января", "дело
  // передано в суд") or heard ("Рассмотрение дела … назначено на 28 мая", "судебное заседание").
  { type: 'other', facet: 'court', pattern: re(`${W}(?:дел[оаы]?\\s+${GAP(3)}(?:поступил|поступит|поступят|передан|направлен|передал|направил)${T}\\s+в\\s+(?:${GAP(1)})?суд${T}|(?:рассмотрени|слушани)${T}\\s+(?:уголовн${T}\\s+)?дел(?:а|у|ом)?(?![\\p{L}])|судебн${T}\\s+(?:заседани|процесс|разбирательств)${T})`) },
  // A trial that began: "Процесс, стартовавший 27 марта" (beside a court, a charge or a lawyer).
  { type: 'other', facet: 'court', pattern: re(`${W}процесс${T}\\s*,?\\s+${GAP(3)}(?:стартов|начал|начав)${T}`), also: [re(`${W}(?:суд${T}|приговор${T}|обвин${T}|адвокат${T}|прокурор${T}|подсудим${T})`)] },
  // A body of the state made or made anew is a reform of the state: "Конституционный суд
  // воссоздан", "двухпалатный парламент появился", "создано министерство" (the body the subject,
  // not "рабочая группа при парламенте будет создана"; a new region is an event of its own).
  { type: 'reform', facet: 'institution', pattern: re(`${W}(?:Конституционный\\s+суд|палата|министерство|агентство|парламент)(?![\\p{L}])\\s+${GAP(3)}(?:создан|образован|учрежд[её]н|воссоздан|появил)${T}|${W}(?:создан|образован|учрежден|воссоздан)${T}\\s+${GAP(1)}(?:Конституционн${T}\\s+суд|министерств|агентств)${T}`), needsDate: true },
  // A body of the state abolished, dissolved into another or reorganised, either order:
  // "упразднил министерство туризма", "Агентство ликвидировано", "комитет реорганизован".
  { type: 'reform', facet: 'institution', pattern: re(`${W}(?:(?:упраздн|ликвидир|реорганиз|преобразова|преобразу)${T}\\s+${GAP(1)}(?:министерств|агентств|комитет|ведомств|департамент|палат|Конституционн${T}\\s+суд)${T}|(?:министерств|агентств|комитет|ведомств|департамент|палат)${T}\\s+${GAP(4)}(?:упразднен|упразднён|ликвидирован|реорганизован|преобразован)${T})`), needsDate: true },
  { type: 'other', facet: 'founding', pattern: re(`${W}(?:(?:начал${T}|начн(?:[её]т|ут)|начина(?:ет|ют))\\s+(?:свою\\s+)?работ${T}|${CREATE}|основа(?:н|л)${T}|(?:сформирова|сформиру)${T}\\s+(?:${GAP(1)})?(?:рабоч${T}\\s+групп|комисси|штаб|совет)${T}|(?:рабоч${T}\\s+групп|комисси)${T}\\s+${GAP(2)}(?:был[аи]?\\s+)?сформирова${T}|открыт[аоы]?|возглавля${T}|возглавил${T})(?![\\p{L}])`), needsDate: true, fallback: true },
  // An instruction with a deadline: the task is an event planned for that day ("поручил акимам до
  // 1 марта завершить расчистку русел", "поручено утвердить до 15 января"); without one it is talk.
  { type: 'other', facet: 'instruction', pattern: re(`${W}(?:поручил${T}|поручен[оаы]?|поручает|поручени${T}|обязал${T})(?![\\p{L}])`), also: [RU_DUE_BY], needsDate: true, fallback: true },
  // A task that must be done by a day, with no one named instructing: "Правительство должно
  // утвердить подзаконные акты до 1 октября", "До конца года кабмин должен утвердить план", "Освободить их должны до конца октября".
  { type: 'other', facet: 'instruction', pattern: re(`${W}(?:(?:должн(?:ы|а|о)|должен|обязан[аоы]?)\\s+(?:${GAP(2)})?[\\p{L}]+(?:ть|ти)|[\\p{L}]+(?:ть|ти)\\s+(?:${GAP(2)})?(?:должн(?:ы|а|о)|должен|обязан[аоы]?))(?![\\p{L}])`), also: [RU_DUE_BY], needsDate: true, fallback: true },
  // A chairmanship taken or handed over: "Казахстан передал председательство в организации Китаю".
  { type: 'other', facet: 'chairmanship', pattern: re(`${W}(?:(?:переда|приня|приним|приступи)${T}\\s+${GAP(1)}председательств${T}|председательств${T}\\s+${GAP(3)}(?:перешл|перешел|перешло|передан|началось|завершилось))`), needsDate: true, fallback: true },
  { type: 'other', facet: 'happening', pattern: re(`${W}(?:состоял${T}|состо(?:и|я)тся|прош[её]л|прошл[аио]|пройд[её]т|пройдут|провод(?:и|я)тся|провед(?:[её]т|ут)|провед[её]н${T}|начал${T}ся|начн[её]тся|завершил${T}|заверш(?:ит|ат)|законч(?:ит|ат)|объявлен${T}|объявил${T}|утвердил${T}|утвержд[её]н${T}|принял${T}\\s+решени${T}|созва${T}|созыв${T}|выдан[аоы]?|появил${T}|заверш(?:ится|атся)|закончил${T}|законч(?:ится|атся)|${FIRST_PLURAL_FUTURE}|(?:может|могут|должн\\p{L}*)\\s+(?:пройти|состояться|начаться|завершиться))(?![\\p{L}])`), needsDate: true, fallback: true },
  // Something due by a day or starting on one ("обсуждение продлится до 20 февраля", "до 1 марта
  // завершить расчистку", "с 9 сентября проводится агитация"): an event on that day, when nothing
  // more specific is told. (A day, not a year: "до 2035 года" is a horizon.)
  // Not a term's end after a verb of extending, bringing in for a term or being in force ("ЧП
  // вводилось до 15 апреля", "продлевал его – сначала до 30 апреля", "был продлен до 11 мая",
  // "будет действовать до 11 мая", and the next term of the list: "…, потом до 11 мая"): that day
  // is when the regime lapses, no act of its own ("продлится
  // до", it will last until, still ends a process on that day).
  { type: 'other', facet: 'due', pattern: re(`${W}(?:до|не\\s+позднее|не\\s+позже)\\s+(?=\\d{1,2}(?:-го)?\\s+\\p{L})`), notAfter: re(`(?:(?:^|\\s)(?:с|со|от)\\s+\\d{1,2}(?:-го)?\\s+\\p{L}+\\s+|${EXTENDED}\\s+(?:[\\p{L}–—-]+\\s+){0,3}(?:до\\s+\\d{1,2}(?:-го)?\\s+\\p{L}+,?\\s+(?:[\\p{L}–—-]+\\s+){0,2})*)$`), needsDate: true, clauseDate: true, fallback: true },
  { type: 'other', facet: 'start', pattern: re(`${W}(?:с|со)\\s+(?=\\d{1,2}(?:-го)?\\s+\\p{L})`), needsDate: true, clauseDate: true, fallback: true },
  { type: 'other', facet: 'award', pattern: re(`${W}(?:наград(?:ил|ит|ят|ив)${T}|награжд[её]н${T}|вручил${T}\\s+${GAP(2)}(?:наград|орден|медал)${T}|присво${T}\\s+${GAP(3)}(?:звани|титул|чин)${T}|(?:звани|титул|чин)${T}\\s+${GAP(4)}присвоен${T})`) },
  { type: 'meeting', facet: 'gathering', pattern: re(`${W}(?:собрани|заседани|заседа(?:л|ет|ют|ть))${T}`), generic: true },
  // "Глава государства принял министра" (received him): an audience, unless a law, a decision or a
  // resignation was accepted (their own triggers win over this weak cue).
  { type: 'meeting', facet: 'audience', pattern: re(`${W}(?:принял${T}?|прим(?:ет|ут))\\s+(?:${GAP(2)})?(?:(?:${GUESTS})${T}|[\\p{Lu}][\\p{L}-]+[ая]\\s+[\\p{Lu}][\\p{L}-]+(?:а|я|ого|ую)(?![\\p{L}]))`), also: [re(`${W}(?:глава\\s+государства|президент${T}|премьер${T}|аким${T}|в\\s+Акорде)`)], fallback: true },
  // Results announced: "ЦИК объявил итоги выборов" (the announcement, not the vote).
  { type: 'statement', facet: 'results', pattern: re(`${W}(?:(?:${ANNOUNCE}|(?:подвел|подвёл|опубликовал|обнародовал)${T})\\s+${GAP(2)}(?:итог|результат)${T}|(?:итог|результат)${T}\\s+${GAP(4)}(?:объявлен|подведен|подведён|опубликован|обнародован|объяв|огласи|огласят|опубликова|обнародова|представлен|представ(?:ит|ят|ил|ила|или))${T})`) },
  { type: 'statement', facet: 'declared', pattern: re(`${W}(?:(?:сделал|распространил|опубликовал|выступил${T}\\s+с)${T}\\s+${GAP(1)}заявлени${T})`) },
  // Said at a briefing, a press conference or in an interview, on a day the sentence gives:
  // "сегодня на брифинге в Астане сообщил председатель ЦИК".
  { type: 'statement', facet: 'briefing', pattern: re(`${W}(?:на\\s+(?:брифинге|пресс-конференции)|в\\s+(?:ходе|рамках)\\s+(?:брифинга|пресс-конференции)|в\\s+интервью)(?![\\p{L}])`), also: [re(`${W}(?:сообщил${T}|заявил${T}|рассказал${T}|отметил${T}|пояснил${T}|подчеркнул${T}|сказал${T})`)], needsDate: true, fallback: true },
  // (Also what was announced, "объявил, что миссия завершена", and an appeal made, "обратился к
  // странам ОДКБ за помощью": an appeal to the people is an address, above.)
  { type: 'statement', facet: 'statement', pattern: re(`${W}(?:объяв(?:ил|ила|или|ило)\\s*,\\s+что|объяв(?:ил|ила|или|ило|ит|ят)\\s+об?(?![\\p{L}])|обратил(?:ся|ась|ись)\\s+к|заявил${T}|заявлени${T}|высказал${T}|поблагодарил${T}|выступил${T}|выступлени${T}|пресс-релиз${T}|анонс${T}|${APPEAL}|поздравил${T}|пообещал${T})`), fallback: true, notAfter: re(`подпи\\p{L}*\\s+(?:\\p{L}+\\s+)?$`) },
  // Said on a day the sentence gives ("Как сообщил вчера спикер", "В пятницу правительство
  // сообщило"): a statement of that day; undated, a verb of saying is only how a fact is sourced.
  { type: 'statement', facet: 'said', pattern: re(`${W}(?:сообщил${T}|отметил${T}|подчеркнул${T}|сказал${T}|рассказал${T}|пояснил${T}|заверил${T}|призвал${T}|раскритиковал${T}|предупредил${T})(?![\\p{L}])`), needsDate: true, clauseDate: true, fallback: true },
  // A deputy's inquiry: "огласил депутатский запрос", "обратились с депутатским запросом".
  { type: 'statement', facet: 'inquiry', pattern: re(`${W}депутатск${T}\\s+запрос${T}`) },
]; // prettier-ignore
