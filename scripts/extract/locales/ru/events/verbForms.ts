/**
 * Russian event verbs as the stems all their forms begin with, for the trigger lexicon
 * (events/triggers.ts). A verb has two aspects ("назначить" once, "назначать" as a process or a
 * habit) and each inflects: past -л/-ла/-ло/-ли, non-past -ит/-ят or -ает/-ают, reflexive passive
 * -ся, adverbial participle -в/-я; the passive stem ("назначен") gives the short participle
 * (-∅/-а/-о/-ы), the full one in its cases ("назначенного") and the verbal noun ("назначение").
 * So a stem shared by both aspects and the passive, with an inflection tail, reads them all; where
 * the aspects part early ("подписать"/"подписывать" share "подпис", "принять" has "примет" and
 * "принимает") each stem is listed.
 */

const T = String.raw`\p{L}*`;
const END = String.raw`(?![\p{L}])`;

/** назначить/назначать: "назначил", "назначат", "назначает", "назначив", "назначена", "назначение". */
export const APPOINT = String.raw`назнач${T}`;
/** освободить/освобождать (from a post): "освободит", "освобождает", "освобождён", "освобождение". */
export const FREE = String.raw`(?:освобод|освобожд)${T}`;
/** сложить/слагать (powers): "сложил", "сложит", "сложат" (ж before -ат), "слагает", "сложив". */
export const LAY_DOWN = String.raw`(?:слож(?:и|ат)|слага)${T}`;
/** переименовать/переименовывать: the future drops -ова- ("переименует"), so the stem stops before it. */
export const RENAME = String.raw`(?:переименов|переимену)${T}`;
/**
 * Giving a name back or another one, the verbs a renaming is told with before "название"/"имя":
 * вернуть ("вернул", "вернут", "вернёт", "вернув"), возвратить/возвращать with their passive and
 * noun ("возвращено", "возвращён", "возвращают", "возвращение"), сменить/менять and изменить in
 * their finite and short passive forms ("сменил", "сменят", "изменено", "меняют", "поменял"), not
 * the nouns "смена", "изменение" (an amendment "изменения под названием" names no renaming).
 */
export const GIVE_NAME = String.raw`(?:верн(?:уть|ул|ула|ули|уло|ут|[её]т|ув)|возвра[щт]${T}|(?:смен|измен)(?:ить|ил|ила|ило|или|ит|ят|[её]н|ено|ена|ены|яет|яют|ял|яла|яли)|(?:по)?меня(?:ть|л|ла|ли|ло|ет|ют))${END}`;
/** The short passive of the same, after its subject: "название было возвращено", "имя изменено". */
export const NAME_GIVEN = String.raw`(?:возвращ[её]н|измен[её]н|смен[её]н)(?:[аоы])?${END}`;
/**
 * избрать/избирать: "избрал", "избран", "избрание", "изберёт" (the future's -бер-), "избирает";
 * not "избирательный", "избиратели" (of voting, not of choosing someone).
 */
export const ELECT = String.raw`(?:избра|избер|избира(?!тел))${T}`;
/**
 * выбрать/выбирать someone by vote, finite: "выбрали", "выбрал", "выберут" (the future's -бер-),
 * "выбирают", the short passive "выбраны"; not the participle "выбранного", which names a person
 * ("избранного президента"), nor the noun "выборы" (its own cue).
 */
export const CHOOSE = String.raw`(?:выбрал[аио]?|выбер(?:ут|ет|ёт|ем|ём)|выбира(?:ют|ет|ем|л|ла|ли)|выбран[аоы]?)${END}`;
/**
 * A law-making body's competence, not an act: the imperfective with a bare plural object
 * ("Мажилис принимает законы", "права принимать законы", "подписывает законы"). An object
 * that says which ("подписывает поправки о сроке полномочий", a chronicle's historical present)
 * is an act.
 */
const NOT_COMPETENCE = String.raw`${END}(?!\s+(?:законы|поправки)(?!\s+(?:о|об|в|во|к|по)\s))`;
/**
 * подписать/подписывать: "подписал", "подписан", "подписание", "подпишет", "подписывает"; not the
 * noun "подпись" ("за подписью"), nor "подписчик".
 */
export const SIGN = String.raw`(?:(?:подписа|подпиш)${T}|подписыв${T}${NOT_COMPETENCE})`;
/**
 * принять/принимать (a law): "принял", "принят", "принятие", "приняв", "примет"/"примут"/"примем" (the
 * future's own stem), "принимает"; not taking part or measures ("принимают участие").
 */
export const ACCEPT = String.raw`(?:(?:принял|принят|приняв)${T}|прим(?:ет|ут|ем|ём)|принима${T}${NOT_COMPETENCE})${END}(?!\s+(?:участи|мер))`;
/** предложить/предлагать: "предложит", "предложат", "предлагает", "предложен" (not the noun "предложение"). */
export const PROPOSE = String.raw`(?:предлож(?:ил|ит|ат|ив|ен(?!и))|предлага)${T}`;
/** распустить/распускать: "распустил", "распустят", "распускает" (the noun "роспуск" is its own cue). */
export const DISSOLVE = String.raw`(?:распуст|распуска)${T}`;
/** объявить/объявлять, огласить: "объявит", "объявляет", "объявлены", "объявление", "огласят". */
export const ANNOUNCE = String.raw`(?:объяв|оглас)${T}`;
/**
 * создать/создавать, учредить/учреждать: "создал", "создаст", "создадут", "создаёт", "создан", the
 * first persons "создам", "создадим", "создадите"; "учредил", "учредят", "учредим", "учреждает",
 * "учреждён"; not "учредитель", "учредительный" (founders).
 */
// ("образованы три новые области"; not "образование", education.)
export const CREATE = String.raw`(?:создан|созда(?:л|ст|дут|дим|дите|м|[её]т|ют|в|ва)|учрежд[её]н|учред(?:ил|им|ите(?!л)|ит(?!ел)|ят|ив)|учрежда|образова(?:н(?!и)|л))${T}`;
/** встретиться/встречаться with someone: "встретился", "встретятся", "встречается с" (not "встречается" of what occurs). */
export const MEET = String.raw`(?:встрет(?:и|я)${T}|встреча(?:ет|ют|л|ла|ло|ли|я)(?:ся|сь)\s+(?:[\p{L}-]+\s+)?со?${END})`;
/** провести/проводить: "провёл" (with ё), "провели", "проведут", "проводит", "проведение". */
export const HOLD = String.raw`(?:пров[её]л|провед|провод|провест)${T}`;
/**
 * Held, to be held or set for a day, of the gathering: "проведена", "проводится", "(договорились)
 * провести", "запланирована", "намечена".
 */
export const HELD = String.raw`(?:провед|провод|провест|запланирован|намечен)${T}`;
/**
 * состояться (to take place), always reflexive: "состоялся", "состоялась", "состоялось",
 * "состоялись", "состоится", "состоятся". Not состоять (to be a member of, to consist of), whose
 * past and present have no -ся: "состоял", "состояли в партии", "состоит из", "состоят".
 */
export const TOOK_PLACE = String.raw`состо(?:ял(?:ся|ась|ось|ись)|ится|ятся)`;
/**
 * пройти/проходить, состояться: "прошёл", "прошла", "пройдут", "проходит", "состоялись",
 * "состоится", "состоятся".
 */
export const TAKES_PLACE = String.raw`(?:прош(?:[её]л|л)|пройд|проход|${TOOK_PLACE})${T}`;
/**
 * подать/подавать (a filing): the past of every gender and number ("подал", "подала", "подали"),
 * the future ("подаст", "подадут", "подадим"), the present ("подает", "подают"), the imperfective
 * ("подавала"), the infinitive and the short passive ("подан", "подана"); not "подача" nor
 * "податель", nor the full participle, an attribute of what is counted ("11 из 74 поданных
 * уведомлений").
 */
export const FILE = String.raw`(?:пода(?:л|ла|ло|ли|ть|м|ст|дут|дим|дите|ет|ёт|ют|в)|подава${T}|подан[аоы]?)${END}`;
/** What is filed: an application, a notification, a claim, a complaint, an appeal, a motion. */
export const FILED = String.raw`(?:заявлени|заявк|уведомлени|жалоб|апелляци|ходатайств)${T}|иск(?:а|у|ом|е|и|ов|ами|ах)?${END}`;
/**
 * An act planned, the infinitive beside a word of planning (at most two words between, either
 * order): "планируется создать", "предполагается открыть", "намечено учредить", "создать …
 * планируется". `acts` is the infinitives' alternation.
 */
export const PLANNED_TO = (acts: string) =>
  String.raw`(?:(?:планиру|предполага|предусматрива)${T}ся|намечено|запланировано)\s+(?:[\p{L}\d-]+\s+){0,2}?(?:${acts})${END}|(?:${acts})\s+(?:[\p{L}\d-]+\s+){0,2}?(?:планиру|предполага|предусматрива)${T}ся${END}`;
