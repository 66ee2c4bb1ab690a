/**
 * Russian verb forms read both by the date tagger (which way a year-less date points,
 * dates/guessRuDirection.ts) and by the event rules (events/aspect.ts): one source for each.
 */
import { GENITIVE_PLURAL_L } from './genitivePlural';

/**
 * Verbal prefixes, longest first: a perfective future is (mostly) a prefixed verb. "в" only before a
 * consonant ("внесут", "вступит", "встретятся"; not "ведут", "визит").
 */
const PREFIX = String.raw`(?:пред|пере|пре|при|про|под|по|воз|вос|вз|вс|вы|до|за|из|ис|на|обо|об|от|раз|рас|со|с|у|о|в(?=[бвгджзклмнпрстфхцчшщ]))`;

/**
 * The third person of the non-past after the stem: after a consonant the 1st conjugation -ет/-ёт/
 * -ут/-ют and the 2nd -ит/-ят, -ат after ж, ч, ш, щ ("назначат", "поддержат"; not "депутат");
 * after a vowel the -овать class -ует/-уют ("проголосуют", "опубликует"), -оют/-оет/-оят/-оит
 * ("откроют", "построят", "состоится") and -еют/-еет ("сумеют", "успеет"). Not -ают/-яют, -ает/-яет, -аёт: secondary
 * imperfectives ("рассматривают", "назначают", "объявляют", "создаёт").
 */
const NON_PAST = String.raw`(?:(?<![аяеёиоуыэюя])(?:[еёи]т|[уюя]т|(?<=[жчшщ])ат)|(?<=[уео])(?:ют|ет)|(?<=о)(?:ят|ит))`;

/**
 * Perfectives made by prefixing a simple imperfective in -ать/-ять, whose future keeps -ают/-ает
 * like a present: "сделают", "узнает", "выиграют", "прочитает", "поменяют", "постараются".
 */
const PREFIXED_A_STEM = String.raw`(?:(?:с|про|пере|до|на)дела|узна|(?:вы|про|с|пере|от|раз)игра|(?:про|пере|до|за)чита|(?:по|под|пере|рас|со)счита|(?:по|об|раз|про)меня|(?:по|рас)теря|(?:по|при|про|на|об|за)дума|помеша|попыта|постара|(?:по|поже)жела|(?:с|за)кача|(?:по|про|вы)слуша)(?:ют|ет)`;

/**
 * Words of a prefixed future's shape that are not one, each whole: nouns ("совет", "ответ",
 * "саммит", "самолёт", "отчёт", "приоритет"); imperfectives of motion and state whose prefix makes
 * no perfective ("проводят", "выходит", "вносят", "зависит", "содержит", "принадлежит",
 * "выглядит", "состоит"); unprefixed imperfectives that begin like a prefix ("служит", "смотрит",
 * "строят", "просит", "помнят", "учат", "растёт", "умеют", "пользуются", "становится", "следуют",
 * "используют", "обязуются", "-ствуют" but "поспособствуют"); loan stems that begin like one
 * ("прогнозируют", "протестуют", "стабилизируют"); short passives of -бить, -вить, -лить, -пить,
 * -шить ("убит", "развит", "налит"), of -нять and -взять ("принят", "предпринят", "взят",
 * "изъят"), and "начат".
 */
const NOT_FUTURE =
  String.raw`(?:совет|ответ|привет|завет|обет|рассвет|расцвет|просвет|отсвет|запрет|секрет|портрет|сюжет|скелет|предмет|приоритет|университет|суверенитет|саммит|профицит|салют|статут|\p{L}*(?<!ш)л[её]т|\p{L}*сч[её]т|(?:от|у|рас|по|за|недо)ч[её]т` +
  String.raw`|\p{L}*(?:(?:ход|вод|нос|воз|вис|гляд)(?:ит|ят)|леж(?:ит|ат))(?:ся)?|содерж(?:ит|ат)|(?:со|об)?сто(?:ит|ят)|стро(?:ит|ят)(?:ся)?|забот(?:ит|ят)ся|станов(?:ит|ят)ся|обязу(?:ет|ют)ся|вред(?:ит|ят)` +
  String.raw`|прос(?:ит|ят)|смотр(?:ит|ят)|служ(?:ит|ат)|след(?:ит|ят)|сид(?:ит|ят)|слыш(?:ит|ат)|спор(?:ит|ят)|спеш(?:ит|ат)|стрем(?:ит|ят)ся|помн(?:ит|ят)|уч(?:ит|ат)(?:ся)?|раст(?:[её]т|ут)` +
  String.raw`|уме(?:ет|ют)|наде(?:ет|ют)ся|сме(?:ет|ют)ся|разуме(?:ет|ют)ся|сожале(?:ет|ют)|владе(?:ет|ют)` +
  String.raw`|(?:ис|на|рас|об|пре)?следу(?:ет|ют)|пробу(?:ет|ют)|(?:ис)?пользу(?:ет|ют)(?:ся)?|совету(?:ет|ют)|соревну(?:ет|ют)ся|соболезну(?:ет|ют)|(?!по|вос)\p{L}*ству(?:ет|ют)(?:ся)?` +
  String.raw`|(?:прогноз|проект|програм|протест|продук|пропаганд|провоцир|прогресс|профил|позицион|популяриз|полемиз|поляриз|приватиз|оперир|ориент|оптимиз|оппонир|суммир|стабилиз|стимулир|структур|субсидир|санкцион|спонсир|симулир|специализ|синхрониз|саботир|сканир|претенд|превалир|утилизир|унифицир)\p{L}*` +
  String.raw`|${PREFIX}[бвлпш]ит|(?:пред)?${PREFIX}нят|(?:вз|изъ|отъ)ят|начат|проклят)`;

/**
 * A perfective future in the third person, "проголосуют", "проведут", "подпишет", "рассмотрят",
 * "примут", "назначат", "объявят", "изберут", "соберутся", "состоится", "откроется", read by its
 * morphology: a prefix, a stem and the non-past ending (NON_PAST), with -ся or not; a prefixed
 * -ать stem that keeps -ают (PREFIXED_A_STEM); the -дать perfectives "создаст", "передаст"; and
 * the unprefixed perfectives "решит", "решат", "даст", "дадут"; and the non-past of a treaty's
 * acts, verbs of both aspects that a chamber performs once ("ратифицирует", "денонсируют": a
 * chamber does not ratify a treaty day after day, so the form tells the act ahead). Not an
 * imperfective present ("голосуют", "проводят", "рассматривают"), a noun or a short passive of
 * that shape (NOT_FUTURE). For use between word boundaries.
 */
export const PREFIXED_FUTURE = String.raw`(?!${NOT_FUTURE}(?![\p{L}]))(?:${PREFIX}\p{L}{1,10}${NON_PAST}|${PREFIXED_A_STEM}|(?:${PREFIX}|соз)даст|реш(?:ит|ат)|даст|дадут|(?:ратифиц|денонс)иру(?:ет|ют))(?:ся)?`;

/**
 * Words of a first-person-plural future's shape that are not one, each whole: pronouns and adverbs
 * ("всем", "совсем", "затем", "причём", "самим", "нашим"), adjectives in -ним/-нем after a
 * consonant ("последним", "внутреннем", "сравним" is lost with them), in -ким/-цким, -щим
 * ("следующим", "общим"; not "сообщим"), -шим of comparatives and superlatives ("лучшим",
 * "высшим", "старшим", "скорейшим", "большим"), "свежим"; nouns in -телем ("председателем"),
 * "уровнем" (its -вн- is the adjectives'), "приемлем".
 */
const NOT_FIRST_PLURAL = String.raw`(?:всем|всём|совсем|(?:сво|тво|мо|обо|дво|тро)(?:им|ем)|затем|зачем|причем|причём|самим|самем|наш(?:им|ем)|ваш(?:им|ем)|общ(?:им|ем)|\p{L}*[дмжнштхвзр]н(?:им|ем)|\p{L}*[кц](?:им|ем|ём)|\p{L}*[яюауе]щ(?:им|ем)|\p{L}*(?:[аеёиу]йш|льш|высш|старш|младш|лучш|вш)(?:им|ем)|свеж(?:им|ем)|\p{L}*тел[её]м|\p{L}*емлем)`;

/**
 * A first-person-plural perfective future read by its morphology, as PREFIXED_FUTURE reads the
 * third person: a prefix, a stem and -ем/-ём (1st conjugation: "проведём", "подпишем", "примем",
 * "начнём", "сможем"), -им (2nd: "создадим", "рассмотрим", "утвердим", "запустим") after a
 * consonant, -уем ("опубликуем", "сформируем"), -оим/-оем ("построим", "откроем"); the unprefixed
 * "решим", "дадим". Not -аем/-яем (imperfective presents: "рассматриваем"), nor the shapes of
 * NOT_FUTURE and NOT_FIRST_PLURAL. After р and л only -им ("рассмотрим", "продлим") and the
 * -ем of "-берём", "-шлём" ("изберём", "пришлём"): nouns in -рь, -ль take -ем in the instrumental
 * ("секретарём", "Кремлём", "полем"). For use between word boundaries.
 */
export const FIRST_PLURAL_MORPH = String.raw`(?!(?:${NOT_FUTURE}|${NOT_FIRST_PLURAL})(?![\p{L}]))(?:${PREFIX}\p{L}{1,10}(?:(?<![аяеёиоуыэюяьърл])(?:ем|ём|им)|(?<=бер|шл)(?:ем|ём)|(?<=[рл])им|(?<=у)ем|(?<=о)(?:ем|им))|решим|дадим)`;

/**
 * A first-person-singular perfective future after its "я" (at most two words between): a prefix, a
 * stem and -у/-ю ("я подпишу", "я проведу", "я рассмотрю"), or -дам ("я создам", "передам"). The
 * pronoun is needed: nouns in the dative share the ending ("закону", "проекту").
 */
export const FIRST_SINGULAR_MORPH = String.raw`(?<![\p{L}])я\s+(?:[\p{L}-]+\s+){0,2}?(?:${PREFIX}\p{L}{1,10}(?<![аяеёиоуыэюяьъ])[ую]|(?:${PREFIX}|соз)?дам)`;

/** Short passives that news is told in: "назначен", "возложено", "подписан" (done, not ahead). */
export const PASSIVE_STEM = String.raw`(?:назначен|освобожд[её]н|подписан|принят|утвержд[её]н|избран|возложен|создан|объявлен|введ[её]н|провед[её]н|открыт|распущен|отправлен|одобрен|внес[её]н|ратифицирован|зарегистрирован|опубликован|подготовлен|заверш[её]н|начат|закрыт|продл[её]н|представлен|направлен|установлен|рассмотрен|получен|задержан|осужд[её]н|\p{L}{3,}ирован)`;
export const SHORT_PASSIVE = String.raw`${PASSIVE_STEM}(?:[аоы])?`;

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
export const NOT_PAST = String.raw`(?:сначала|вначале|около|если|мало|немало|весьма|число|числа|дело|дела|дел|сил|начало|начала|правила|цели|земли|роли|модели|мысли|школа|села|сила|тела|масла|посла|журнал|канал|капитал|материал|финал|сигнал|скандал|генерал|персонал|отдел|раздел|предел|аул|тыл|протокола)`;

/**
 * A finite past in -л, -ла, -ло, -ли and its reflexive ("прибыл", "покинули", "началась"), read
 * at a word's start: not a noun of that shape (NOT_PAST), nor a genitive plural after the word
 * that governs it ("миротворческих сил", genitivePlural.ts). One pattern for the event rules
 * (events/aspect.ts, the troops and votes triggers) and AND_PREDICATE below.
 */
export const FINITE_PAST = String.raw`(?!${NOT_PAST}(?![\p{L}\p{M}]))(?!${GENITIVE_PLURAL_L})[\p{L}\p{M}]{2,}(?:ал|ял|ел|ёл|ил|ыл|ул|ла|ло|ли)(?:ся|сь)?`;

/**
 * A participle in its full (adjective) form, which carries a predicate of the noun it describes as
 * a finite verb does of its subject: a past active one in -вш-/-ёдш- ("вступивший", "подписавшая",
 * "прошедшие"; not "бывший", whose stem is too short) or a full passive of the short passives
 * news tells ("подписанный", "принятый", "одобренные"), in any gender, number and case. Not an
 * adjective in -анн-/-енн- ("государственный"): only the passives' own stems.
 */
const FULL_PARTICIPLE = String.raw`(?:\p{L}{3,}(?:вш|[её]дш)(?:ий|ая|ее|ие|его|ей|их|им|ую|ими|ем|ему)(?:ся)?|${PASSIVE_STEM}н?(?:ый|ая|ое|ые|ого|ой|ых|ым|ую|ыми|ом|ому))`;

/**
 * A second predicate joined by a bare "и": a finite past in any gender and number ("и вступил",
 * "и ушла", "и применялся", "и подписали"), a short passive ("и принят", "и утверждена"), a
 * perfective future ("и вступит", "и проведут") or a second participle of the same noun ("закон,
 * подписанный 20 апреля и вступивший в силу 1 июля"), after at most two words of its own ("и через
 * три дня вступил", "и досрочно ушел"). A date on one side of it is the other predicate's: "был
 * избран 9 июня и вступил в должность 12 июня" (pickTimex, events/dateEvent.ts).
 */
export const AND_PREDICATE = new RegExp(
  String.raw`(?<![\p{L}])и\s+(?:[\p{L}-]+\s+){0,2}?(?:${FINITE_PAST}|${SHORT_PASSIVE}|${PREFIXED_FUTURE}|${FULL_PARTICIPLE})(?![\p{L}])`,
  'iu',
);
