/**
 * Russian triggers read last: agreements, ratifications, courts, bodies of the state made or
 * abolished, and the weak cues (founding, instructions, deadlines, happenings, audiences) and verbs
 * of saying, which count only when nothing more specific does.
 * Their order matters, and triggers.ts keeps it: see there.
 */
import { re, W, type Trigger } from '../../../events/trigger';
import { FIRST_PLURAL_FUTURE } from '../ruVerbForms';
import { T, GAP } from './triggerWords';
import { ANNOUNCE, CREATE, PLANNED_TO, TOOK_PLACE } from './verbForms';
import { RU_VOTE_RESULTS } from '../lexicon/resultsWords';
import { RU_YEAR_NAMING, RU_YEAR_NAMING_VERB } from '../lexicon/yearNamed';
import { statesAgreeTrigger } from '../../../events/statesAgree';
import { RU_BODY_ACTING } from './bodyActing';
import { RU_POST_BEFORE_BODY } from './bodyInPost';
import { rulingBodyNames } from '../../kk/lexicon/courts';
import { RU_COURT_NAME } from './courtName';
import { RU_CONSTITUTIONAL_RULING } from './constitutionalRuling';
import { RU_STATEMENT_AHEAD, RU_STATEMENT_DELIVERED } from './statementAhead';
import { pastOf, SAYING } from './imperfectivePast';

/** A month in the genitive: a deadline or a start is a day of a month, not "до 10 процентов". */
const MONTH_OF = String.raw`(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)(?![\p{L}])`;

/**
 * A policy document adopted: "правительство приняло концепцию", "принимало программу развития",
 * "приняли стратегию", either aspect (the imperfective past tells the act done at some time,
 * imperfectivePast.ts), as "утвердил концепцию" is approving it. Only a policy's noun after the
 * verb, one word between: "принял" alone is also receiving guests or taking part.
 */
const ADOPTED_POLICY = String.raw`(?:принял\p{L}*|${pastOf('принима')})\s+(?:[\p{L}-]+\s+)?(?:концепци|программ|стратеги|доктрин|план)\p{L}*`;

/** "утверждал", "утверждала", "утверждали" approving a thing, not asserting: no clause or quote after it. */
const APPROVED_AT_SOME_TIME = String.raw`${pastOf('утвержда')}(?!\s*(?:[,:;«"“—–-]|(?:что|будто|якобы|о|об|обратное)(?![\p{L}])))`;

/** A deadline: a day, or the end, middle or start of a span ("до 1 марта", "до конца года"). */
const RU_DUE_BY =
  /(?:^|[\s,])(?:до|не\s+позднее|к)\s+(?:\d|конц[ау]|середин[еы]|начал[ау]|окончани[яю])/iu;
/** No deadline in the sentence (RU_DUE_BY's negation, for a cue that stands aside for it). */
const NOT_DUE_BY = new RegExp(`^(?![^]*${RU_DUE_BY.source})`, 'iu');
/** Whom an official receives: "принял министра", "посла", "делегацию". */
/** A person's surname as it is written in the nominative: "Токаев", "Бектенов", "Сатыбалдиева". */
const RU_SURNAME = String.raw`[\p{Lu}][\p{Ll}-]+(?:ов|ев|ёв|ин|ын|ова|ева|ёва|ина|ына)(?![\p{L}])`;
const GUESTS = String.raw`министр|аким|председател|посл|делегаци|глав|руководител|депутат|секретар|советник|губернатор|спикер|премьер|президент|вице|заместител|директор|ректор|сенатор|прокурор|генеральн|члена`;
/**
 * Extending, bringing in for a term, or being in force: "продлил", "продлен", "продлевал", "продлить",
 * "вводилось", "введен", "ввели", "действует", "будет действовать" (not "продлится", it will last).
 */
const EXTENDED = String.raw`(?<![\p{L}])(?:продл(?:ил|ила|или|ило|ит|ят|ить|ив|[её]н|ен[аоы]|ева\p{L}*)|(?:вводил|введ[её]н|ввел|ввёл)\p{L}*|действ(?:ует|уют|овал|овала|овало|овали|овать))(?![\p{L}])`;
/**
 * An appeal made ("обращение президента", "в своем обращении"), not the appeals citizens send,
 * counted or told as theirs: "более 1200 обращений", "каждое второе обращение", "число обращений",
 * "обращения граждан", "обращений жителей".
 */
const APPEAL = String.raw`(?<!(?:\d|более|менее|около|свыше|тысяч\p{L}*|сотн\p{L}*|десятк\p{L}*|каждое|каждого|каждом|число|числа|числе|количеств\p{L}*|пот[оа]к\p{L}*|рост\p{L}*)\s+(?:[\p{L}-]+\s+)?)обращени(?![\p{L}]*\s+(?:граждан|жителей|населени|избирател|заявител))${T}`;

/**
 * A noun of taking in or filing documents before a statement noun in the genitive ("прием
 * заявлений", "подача заявлений", "рассмотрение заявления"): applications handled, no statement.
 */
const RECEIVING = String.raw`(?<![\p{L}])(?:при[её]м|подач|рассмотрени)\p{L}*\s+`;

/**
 * A conviction told without its court, impersonal ("его осудили на пять лет", "заочно осудили",
 * "осудили к лишению свободы"): "осудить" without a term or manner is also to condemn ("страны
 * осудили удар"), so the term, the punishment or the manner tells the court's.
 */
const CONVICTED = String.raw`(?:осуди(?:л|ла|ли|ло)\s+${GAP(3)}(?:на\s+${GAP(2)}(?:год|года|лет|месяц\p{L}*)|к\s+${GAP(2)}(?:лишени|заключени|год|годам|срок|наказани|штраф)\p{L}*|заочно|условно)|(?:заочно|условно)\s+осуди(?:л|ла|ли|ло))(?![\p{L}])`;

/** The infinitives of founding a body: "создать", "образовать", "учредить". */
const INSTITUTE = 'создать|образовать|учредить';
/** A body founded or opened when planned (not "создать условия", "открыть границы"). */
const BODY = String.raw`(?:комисси|рабоч\p{L}*\s+групп|центр|фонд|совет|комитет|штаб|парти|организаци|ассоциаци|движени|фракци|офис|служб|институт|приемн|приёмн)\p{L}*`;

/**
 * "Added" as a verb of saying, past or future, every gender and number ("добавил", "добавила",
 * "добавили", "добавит", "добавят"), only where it tells words: closing a quote or a tag ("», —
 * добавил", ", — добавила она") or before what was said (", что", ":"). Alone it is also adding
 * to a list or an agenda ("добавил в повестку"), no statement.
 */
const ADDED = String.raw`(?:(?<=[,—–-]\s*)добав(?:ил[аио]?|ит|ят)(?=\s)|добав(?:ил[аио]?|ит|ят)(?=(?:\s+[\p{L}-]+){0,4}?\s*(?:,\s*что|:)))`;
/** A court or the assembly of judges by name, the subject of a ruling (lexicon/courts.ts). */
// (Its name's words after it, however many: courtName.ts.)
const RULING_BODY = `(?:${rulingBodyNames('ru')})`;

export const RU_LATE_TRIGGERS: Trigger[] = [
  // An agreement reached by two states or capitals: "Казахстан и Узбекистан договорились".
  statesAgreeTrigger('ru'),
  { type: 'other', facet: 'agreement', pattern: re(`${W}(?:соглашени${T}|договор${T}|конвенци${T}|меморанд${T}|декларац${T}|совместн${T}\\s+заявлени${T}|(?:коммерческ|межправительственн|двусторонн|межгосударственн)${T}\\s+документ${T}|(?:пакет${T}\\s+(?:${GAP(1)})?|\\d+\\s+(?:${GAP(1)})?)(?:документ|соглашени)${T})`), also: [re(`${W}(?:подпис${T}|подпиш${T}|ратифицир${T}|заключ${T}|обменял${T}|вступ${T}\\s+в\\s+силу|(?<=(?:декларац|совместн\\p{L}*\\s+заявлени)\\p{L}*\\s+(?:\\S+\\s+){0,3})(?:был[аио]?\\s+)?принят[аоы]?|прин(?:ял|яла|яли|имают|имает|ять|яв)(?=\\s+(?:\\S+\\s+){0,4}(?:декларац|совместн\\p{L}*\\s+заявлени)))`)] },
  { type: 'decree', facet: 'dissolution', pattern: re(`${W}(?:распущен${T}|роспуск${T}|досрочн${T}\\s+прекращени${T})`) },
  { type: 'law', facet: 'ratification', pattern: re(`${W}(?:ратифи${T}|денонс${T}|амнисти${T})`) },
  // A law found to conform to the Constitution or not, the court named or not (constitutionalRuling.ts):
  // read first, so that "Конституционный суд признал закон … соответствующим Конституции" is that ruling.
  { type: 'other', facet: 'court', pattern: re(`${W}${RU_CONSTITUTIONAL_RULING}`), predicate: true },
  { type: 'other', facet: 'court', pattern: re(`${W}(?:приговор${T}|задержан${T}|задержал${T}|задерж(?:ит|ат)|арест(?:ова|у)${T}|(?:суд|присяжн${T}|${RULING_BODY})${RU_COURT_NAME}\\s+${GAP(3)}(?:постановил|признал|вынес|осуд|оправда|решил|принял${T}\\s+решени)${T}|осужд[её]н${T}|${CONVICTED}|возбу(?:д|жд)${T}\\s+${GAP(2)}дел${T}|дел[оа]?\\s+${GAP(2)}(?:был[оаи]?\\s+)?возбужд[её]н${T}|оправдан${T}\\s+${GAP(1)}(?:суд|присяжн)${T}|призна${T}\\s+${GAP(7)}(?:виновн${T}|вину)|(?:под|из-под)\\s+(?:домашн${T}\\s+)?(?:страж|арест)${T}|предъяв${T}\\s+${GAP(2)}обвинени${T}|обвинени${T}\\s+${GAP(3)}предъявлен${T}|оштраф${T}|в\\s+(?:международный\\s+)?розыск|экстради${T}|получил${T}?\\s+(?:${GAP(2)})?(?:год|года|лет)\\s+(?:лишения\\s+свободы|колонии|заключения|условно|за\\s))`) },
  // A case before a court: sent to it ("Уголовное дело поступило в суд 22 января", "дело
  // передано в суд") or heard ("Рассмотрение дела … назначено на 28 мая", "судебное заседание").
  { type: 'other', facet: 'court', pattern: re(`${W}(?:дел[оаы]?\\s+${GAP(3)}(?:поступил|поступит|поступят|передан|направлен|передал|направил)${T}\\s+в\\s+(?:${GAP(1)})?суд${T}|(?:рассмотрени|слушани)${T}\\s+(?:уголовн${T}\\s+)?дел(?:а|у|ом)?(?![\\p{L}])|судебн${T}\\s+(?:заседани|процесс|разбирательств)${T})`) },
  // A trial that began: "Процесс, стартовавший 27 марта" (beside a court, a charge or a lawyer).
  { type: 'other', facet: 'court', pattern: re(`${W}процесс${T}\\s*,?\\s+${GAP(3)}(?:стартов|начал|начав)${T}`), also: [re(`${W}(?:суд${T}|приговор${T}|обвин${T}|адвокат${T}|прокурор${T}|подсудим${T})`)] },
  // A body of the state made or made anew is a reform of the state: "Конституционный суд
  // воссоздан", "двухпалатный парламент появился", "создано министерство" (the body the subject,
  // not "рабочая группа при парламенте будет создана"; a new region is an event of its own); or
  // planned: "планируется создать новое агентство", "Агентство предполагается учредить".
  { type: 'reform', facet: 'institution', pattern: re(`${W}(?:Конституционный\\s+суд|палата|министерство|агентство|парламент)(?![\\p{L}])\\s+${GAP(3)}(?:создан|образован|учрежд[её]н|воссоздан|появил)${T}|${W}(?:создан|образован|учрежден|воссоздан)${T}\\s+${GAP(1)}(?:Конституционн${T}\\s+суд|министерств|агентств)${T}|${W}(?:${PLANNED_TO(INSTITUTE)})\\s+${GAP(1)}(?:Конституционн${T}\\s+суд|министерств|агентств|палат)${T}|${W}(?:Конституционный\\s+суд|палата|министерство|агентство)\\s+${GAP(1)}(?:${PLANNED_TO(INSTITUTE)})`), needsDate: true },
  // A body of the state abolished, dissolved into another or reorganised, either order:
  // "упразднил министерство туризма", "Агентство ликвидировано", "комитет реорганизован".
  { type: 'reform', facet: 'institution', pattern: re(`${W}(?:(?:упраздн|ликвидир|реорганиз|преобразова|преобразу)${T}\\s+${GAP(1)}(?:министерств|агентств|комитет|ведомств|департамент|палат|Конституционн${T}\\s+суд)${T}|(?:министерств|агентств|комитет|ведомств|департамент|палат)${T}\\s+${GAP(4)}(?:упразднен|упразднён|ликвидирован|реорганизован|преобразован)${T})`), needsDate: true },
  // A body begun, founded or opened. Heading one ("возглавлял Сенат") is never its founding.
  { type: 'other', facet: 'founding', pattern: re(`${W}(?:(?:начал${T}|начн(?:[её]т|ут)|начина(?:ет|ют))\\s+(?:свою\\s+)?работ${T}|${CREATE}|основа(?:н|л)${T}|(?:сформирова|сформиру)${T}\\s+(?:${GAP(1)})?(?:рабоч${T}\\s+групп|комисси|штаб|совет)${T}|(?:рабоч${T}\\s+групп|комисси)${T}\\s+${GAP(2)}(?:был[аи]?\\s+)?сформирова${T}|открыт[аоы]?|(?:${PLANNED_TO(`${INSTITUTE}|открыть`)})\\s+${GAP(1)}${BODY}|${BODY}\\s+${GAP(1)}(?:${PLANNED_TO(`${INSTITUTE}|открыть`)}))(?![\\p{L}])`), needsDate: true, fallback: true },
  // Heading a body ("В 2019 году он возглавлял Сенат") is holding its chair, as kk "төрағалық етті"
  // is: the tenure and appointment cues (triggersStateActs.ts) read it first when they can.
  { type: 'other', facet: 'chairmanship', pattern: re(`${W}(?:возглавля${T}|возглавил${T})(?![\\p{L}])`), needsDate: true, fallback: true },
  // An instruction with a deadline: the task is an event planned for that day ("поручил акимам до
  // 1 марта завершить расчистку русел", "поручено утвердить до 15 января"); without one it is talk.
  { type: 'other', facet: 'instruction', pattern: re(`${W}(?:поручил${T}|поручен[оаы]?|поручает|дал${T}\\s+поручени${T}|поручени${T}|обязал${T})(?![\\p{L}])`), also: [RU_DUE_BY], needsDate: true, fallback: true },
  // A task that must be done by a day, with no one named instructing: "Правительство должно
  // утвердить подзаконные акты до 1 октября", "До конца года кабмин должен утвердить план", "Освободить их должны до конца октября".
  { type: 'other', facet: 'instruction', pattern: re(`${W}(?:(?:должн(?:ы|а|о)|должен|обязан[аоы]?)\\s+(?:${GAP(2)})?[\\p{L}]+(?:ть|ти)|[\\p{L}]+(?:ть|ти)\\s+(?:${GAP(2)})?(?:должн(?:ы|а|о)|должен|обязан[аоы]?))(?![\\p{L}])`), also: [RU_DUE_BY], needsDate: true, fallback: true },
  // A chairmanship taken or handed over: "Казахстан передал председательство в организации Китаю".
  { type: 'other', facet: 'chairmanship', pattern: re(`${W}(?:(?:переда|приня|приним|приступи)${T}\\s+${GAP(1)}председательств${T}|председательств${T}\\s+${GAP(3)}(?:перешл|перешел|перешло|передан|началось|завершилось))`), needsDate: true, fallback: true },
  // A year named by "провозгласил", "назван" as by "объявил" below ("2026 год был назван Годом
  // рабочих профессий"): the year's name, capitalised, in the sentence (lexicon/yearNamed.ts).
  { type: 'other', facet: 'happening', pattern: re(`${W}${RU_YEAR_NAMING_VERB}`), also: [RU_YEAR_NAMING], needsDate: true, fallback: true },
  // (And the imperfective past of approving, "президент утверждал концепцию" (imperfectivePast.ts):
  // the act told as done at some time, dated by its own date; not "утверждал, что …", "утверждал о
  // …", asserting.)
  // ("начался" only: a cue gives its first match in the sentence, so "началось" would take the place
  // of the end a sentence goes on to tell, "Выдвижение началось 22 сентября и завершится 11 октября".)
  { type: 'other', facet: 'happening', pattern: re(`${W}(?:${TOOK_PLACE}|прош[её]л|прошл[аио]|пройд[её]т|пройдут|провод(?:и|я)тся|провед(?:[её]т|ут)|провед[её]н${T}|начал${T}ся|начн[её]тся|завершил${T}|заверш(?:ит|ат)|законч(?:ит|ат)|объявлен${T}|объявил${T}|утвердил${T}|${APPROVED_AT_SOME_TIME}|${ADOPTED_POLICY}|утвержд[её]н${T}|принял${T}\\s+решени${T}|(?:было\\s+)?принят[оы]\\s+решени${T}|решено(?=\\s+(?:созвать|провести)(?![\\p{L}]))|созва${T}|созыв${T}|выдан[аоы]?|появил${T}|заверш(?:ится|атся)|закончил${T}|законч(?:ится|атся)|${FIRST_PLURAL_FUTURE}|(?:может|могут|должн\\p{L}*)\\s+(?:пройти|состояться|начаться|завершиться))(?![\\p{L}])`), needsDate: true, fallback: true },
  // Something due by a day or starting on one ("обсуждение продлится до 20 февраля", "до 1 марта
  // завершить расчистку", "с 9 сентября проводится агитация"): an event on that day, when nothing
  // more specific is told. (A day, not a year: "до 2035 года" is a horizon.)
  // Not a term's end after a verb of extending, bringing in for a term or being in force ("ЧП
  // вводилось до 15 апреля", "продлевал его – сначала до 30 апреля", "был продлен до 11 мая",
  // "будет действовать до 11 мая", and the next term of the list: "…, потом до 11 мая"): that day
  // is when the regime lapses, no act of its own ("продлится
  // до", it will last until, still ends a process on that day).
  { type: 'other', facet: 'due', pattern: re(`${W}(?:до|не\\s+позднее|не\\s+позже)\\s+(?=\\d{1,2}(?:-го)?\\s+${MONTH_OF})`), notAfter: re(`(?:(?:^|\\s)(?:с|со|от)\\s+\\d{1,2}(?:-го)?\\s+\\p{L}+\\s+|${EXTENDED}\\s+(?:[\\p{L}–—-]+\\s+){0,3}(?:до\\s+\\d{1,2}(?:-го)?\\s+\\p{L}+,?\\s+(?:[\\p{L}–—-]+\\s+){0,2})*)$`), needsDate: true, clauseDate: true, fallback: true },
  { type: 'other', facet: 'start', pattern: re(`${W}(?:с|со)\\s+(?=\\d{1,2}(?:-го)?\\s+${MONTH_OF})`), needsDate: true, clauseDate: true, fallback: true },
  { type: 'other', facet: 'award', pattern: re(`${W}(?:наград(?:ил|ит|ят|ив)${T}|награжд[её]н${T}|вручил${T}\\s+${GAP(2)}(?:наград|орден|медал)${T}|присво${T}\\s+${GAP(3)}(?:звани|титул|чин)${T}|(?:звани|титул|чин)${T}\\s+${GAP(4)}присвоен${T})`) },
  // (Not the body acting, "Собрание судей признало …": bodyActing.ts.)
  // (Nor the body named inside a post, "Председатель Собрания судей заявил": bodyInPost.ts.)
  { type: 'meeting', facet: 'gathering', pattern: re(`${W}(?:(?:собрани|заседани)(?!${RU_BODY_ACTING})|заседа(?:л|ет|ют|ть))${T}`), notAfter: re(RU_POST_BEFORE_BODY), generic: true },
  // "Глава государства принял министра" (received him): an audience, unless a law, a decision or a
  // resignation was accepted (their own triggers win over this weak cue). Who received is a post
  // or a person named ("Касым-Жомарт Токаев принял Председателя Мажилиса …": a surname). Not
  // "приняли участие" (took part): "В нем приняли участие премьер-министр …" is no audience.
  { type: 'meeting', facet: 'audience', pattern: re(`${W}(?:принял${T}?|прим(?:ет|ут))(?!\\s+(?:${GAP(1)})?участи)\\s+(?:${GAP(2)})?(?:(?:${GUESTS})${T}|[\\p{Lu}][\\p{L}-]+[ая]\\s+[\\p{Lu}][\\p{L}-]+(?:а|я|ого|ую)(?![\\p{L}])|[\\p{Lu}][\\p{L}-]+\\s+[\\p{Lu}][\\p{L}-]+(?:ову|еву|ёву|ину|ыну)(?![\\p{L}]))`), also: [re(`${W}(?:глава\\s+государства|президент${T}|премьер${T}|аким${T}|в\\s+Акорде|${RU_SURNAME})`)], fallback: true },
  // Results announced: "ЦИК объявил итоги выборов" (the announcement, not the vote).
  { type: 'statement', facet: 'results', pattern: re(`${W}(?:(?:${ANNOUNCE}|(?:подвел|подвёл|опубликовал|обнародовал)${T})\\s+${GAP(2)}(?:итог|результат)${T}|(?:итог|результат)${T}\\s+${GAP(4)}(?:объявлен|подведен|подведён|опубликован|обнародован|объяв|огласи|огласят|опубликова|обнародова|представлен|представ(?:ит|ят|ил|ила|или))${T})`) },
  // A vote's results that became or will become known ("итоги референдума станут известны 7
  // октября"): the day is theirs, not the vote's; the future only on a day the sentence gives.
  { type: 'statement', facet: 'results', pattern: re(`${W}${RU_VOTE_RESULTS}\\s+${GAP(3)}(?:стали|стало|стал[аи]?|были|было)\\s+известн${T}`) },
  { type: 'statement', facet: 'results', pattern: re(`${W}${RU_VOTE_RESULTS}\\s+${GAP(3)}(?:станут|будут|станет|будет)\\s+известн${T}`), needsDate: true },
  { type: 'statement', facet: 'declared', pattern: re(`${W}(?:(?:сделал|распространил|опубликовал|выступил${T}\\s+с)${T}\\s+${GAP(1)}заявлени${T})`) },
  // Said at a briefing, a press conference or in an interview, on a day the sentence gives:
  // "сегодня на брифинге в Астане сообщил председатель ЦИК".
  { type: 'statement', facet: 'briefing', pattern: re(`${W}(?:на\\s+(?:брифинге|пресс-конференции)|в\\s+(?:ходе|рамках)\\s+(?:брифинга|пресс-конференции)|в\\s+интервью)(?![\\p{L}])`), also: [re(`${W}(?:сообщил${T}|заявил${T}|рассказал${T}|отметил${T}|пояснил${T}|подчеркнул${T}|сказал${T})`)], needsDate: true, fallback: true },
  // (Also what was announced, "объявил, что миссия завершена", and an appeal made or ahead,
  // "обратился к странам ОДКБ за помощью", "обратится к ООН": an appeal to the people is an
  // address, above.)
  { type: 'statement', facet: 'statement', pattern: re(`${W}(?:объяв(?:ил|ила|или|ило)\\s*,\\s+что|объяв(?:ил|ила|или|ило|ит|ят)\\s+об?(?![\\p{L}])|(?:обратил(?:ся|ась|ось|ись)|обратится|обратятся)\\s+к|заявил${T}|заявлени${T}|высказал${T}|поблагодарил${T}|выступил${T}|выступлени${T}|пресс-релиз${T}|анонс${T}|${APPEAL}|поздравил${T}|пообещал${T})`), fallback: true, notAfter: re(`(?:подпи\\p{L}*\\s+(?:\\p{L}+\\s+)?|${RECEIVING})$`) },
  // A statement announced for a day ahead ("Миссия ОБСЕ 14 марта заявит о своих выводах",
  // "представит доклад"): planned on that day (statementAhead.ts); undated, no event.
  { type: 'statement', facet: 'statement', pattern: re(`${W}${RU_STATEMENT_AHEAD}`), needsDate: true, clauseDate: true, fallback: true },
  // (And told as done, "Миссия ОБСЕ 10 марта представила оценку выборов", "дала оценку выборам":
  // the statement of that day, the vote only what it is about.)
  { type: 'statement', facet: 'statement', pattern: re(`${W}${RU_STATEMENT_DELIVERED}`), needsDate: true, clauseDate: true, fallback: true },
  // Said on a day the sentence gives ("Как сообщил вчера спикер", "В пятницу правительство
  // сообщило"): a statement of that day; undated, a verb of saying is only how a fact is sourced.
  // (The imperfective past too, "5 мая президент заявлял, что …": said that day all the same.)
  { type: 'statement', facet: 'said', pattern: re(`${W}(?:${SAYING}|сообщил${T}|отметил${T}|подчеркнул${T}|сказал${T}|рассказал${T}|пояснил${T}|заверил${T}|призвал${T}|раскритиковал${T}|предупредил${T}|${ADDED})(?![\\p{L}])`), needsDate: true, clauseDate: true, fallback: true },
  // An instruction given, its task's infinitive after it ("В конце прошлого года Токаев поручил
  // правительству разработать программу", "дал поручение МВД усилить", "Правительству поручено
  // разработать план"): a statement of the day it was given, as the Kazakh "… әзірлеуді тапсырды"
  // is; undated, it takes the day of the news it is part of, or stays unplaced (events/when.ts).
  // (With a deadline the task due that day is the event, the instruction cue above.)
  { type: 'statement', facet: 'instructed', pattern: re(`${W}(?:поручил${T}|поручен[оаы]?|поруча(?:ет|ют)|обязал${T}|дал${T}\\s+поручени${T})(?=\\s+(?:[\\p{L}\\d.,-]+\\s+){0,8}[\\p{Ll}]+(?:ть|ти|чь)(?:ся|сь)?(?![\\p{L}]))`), also: [NOT_DUE_BY], fallback: true },
  // With a deadline, the instruction is still an event on a day its clause gives ("Сегодня премьер
  // поручил до 1 марта завершить …"), beside its task due by the deadline (events/deadline.ts).
  { type: 'statement', facet: 'instructed', pattern: re(`${W}(?:поручил${T}|поручен[оаы]?|поруча(?:ет|ют)|обязал${T}|дал${T}\\s+поручени${T})(?=\\s+(?:[\\p{L}\\d.,-]+\\s+){0,8}[\\p{Ll}]+(?:ть|ти|чь)(?:ся|сь)?(?![\\p{L}]))`), also: [RU_DUE_BY], needsDate: true, clauseDate: true, fallback: true },
  // A deputy's inquiry: "огласил депутатский запрос", "обратились с депутатским запросом".
  { type: 'statement', facet: 'inquiry', pattern: re(`${W}депутатск${T}\\s+запрос${T}`) },
]; // prettier-ignore
