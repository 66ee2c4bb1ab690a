/**
 * Russian verb forms read both by the date tagger (which way a year-less date points,
 * dates/guessRuDirection.ts) and by the event rules (events/aspect.ts): one source for each.
 */

/**
 * A prefixed perfective future, "примет", "посетит", "подпишут": a prefix, a short stem, -ет/-ит/
 * -ут/-ят with no vowel before it (so not an imperfective present "сообщает"), and not a short
 * passive "принят", "снят"; and the -крыть stems, whose future keeps the vowel ("откроется", "закроют").
 */
export const PREFIXED_FUTURE = String.raw`(?:(?:пред(?!мет)|при|про|по|под|вы|от|за|об|пере|рас|вс|на|из|с|у|о)\p{L}{1,8}(?<![аяеёиоуыэюя])(?:ет|ит|ёт|ут|ют|ят)(?<![нз]ят)|(?:от|за|рас|по|при)кро(?:ет|ют))(?:ся)?`;

/** Short passives that news is told in: "назначен", "возложено", "подписан" (done, not ahead). */
export const SHORT_PASSIVE = String.raw`(?:назначен|освобожд[её]н|подписан|принят|утвержд[её]н|избран|возложен|создан|объявлен|введ[её]н|провед[её]н|открыт|распущен|отправлен|одобрен|внес[её]н|ратифицирован|зарегистрирован|опубликован|подготовлен|заверш[её]н|начат|закрыт|продл[её]н|представлен|направлен|установлен|рассмотрен|получен|задержан|осужд[её]н|\p{L}{3,}ирован)(?:[аоы])?`;

/**
 * First-person-plural perfective futures of the steps news announces: "проведем", "утвердим",
 * "завершим", "опубликуем" (a future whatever else the sentence says; a dated step of its own).
 */
export const FIRST_PLURAL_FUTURE = String.raw`(?:провед|утверд|заверш|подпиш|рассмотр|обсуд|представ|внес|опублику|организу|прим)(?:ем|ём|им)`;

/**
 * Words that end like a past verb (-ла, -ло, -ли, -ал, -ел) and are not one: adverbs, a preposition,
 * a conjunction and the nouns news uses most ("Сначала – обсуждение", "около 40 человек",
 * "канал", "отдел"). Read before the past-tense ending, so "сначала" never narrates.
 */
export const NOT_PAST = String.raw`(?:сначала|вначале|около|если|мало|немало|весьма|число|числа|дело|дела|начало|начала|правила|цели|земли|роли|модели|мысли|школа|села|сила|тела|масла|журнал|канал|капитал|материал|финал|сигнал|скандал|генерал|персонал|отдел|раздел|предел|аул|тыл)`;
