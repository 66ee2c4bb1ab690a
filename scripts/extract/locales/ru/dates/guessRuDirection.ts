import { blankKnownNames } from '../../../arguments/blankKnownNames';
import {
  FIRST_PLURAL_FUTURE,
  FIRST_PLURAL_MORPH,
  FIRST_SINGULAR_MORPH,
  PREFIXED_FUTURE,
  SHORT_PASSIVE,
} from '../ruVerbForms';
import { isDoneAtEvent } from './doneAtEvent';
import { monthOfAdjective } from './ruMonthAdjective';
import { RU_PREPARATION_FOR } from '../preparationFor';
import { blankNamesLikeVerbs } from '../nameNoVerb';
import { GENITIVE_PLURAL_L } from '../genitivePlural';

const FUTURE = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:(?:будет|будут|буду|будем)(?:\s+\p{L}+)?(?:\s+и\s+\p{L}+)?|состоится|состоятся|пройд[её]т|пройдут|планиру\p{L}*|намечен\p{L}*|запланирован\p{L}*|предстоит|предстоящ\p{L}*|начн[её]тся|станет|ожида\p{L}*ся|назначен\p{L}*\s+на|перенес[её]н\p{L}*|(?:может|могут|должен|должна|должно|должны)\s+(?:\p{L}+\s+)?\p{L}+(?:ть|ти|ться)|${FIRST_PLURAL_FUTURE})(?![\p{L}])`,
  'u',
);
const PAST = new RegExp(
  String.raw`(?<![\p{L}])(?!${GENITIVE_PLURAL_L})\p{L}{2,}(?:л|ла|ло|ли|лся|лась|лось|лись)(?![\p{L}])|\p{L}{2,}(?:вш|[её]дш)(?:ий|ая|ее|ие|его|ей|ему|им|ими|их|ую|ем)(?![\p{L}])|(?:^|[^\p{L}])(?:минувш\p{L}*|ш(?:ла|ло|ли)|${SHORT_PASSIVE})(?![\p{L}])`,
  'u',
);
// ("шла", "шло", "шли": the past of "идти" has one letter before its ending, "шёл" two. A
// genitive plural of that shape, "миротворческих сил", is no past: genitivePlural.ts.)

/** Words that end like a past verb but are not one: "если", "посол", "министр иностранных дел",
 * "правила", "избиратели", "представители"; a treaty's "протокол", which a chamber ratifies on a
 * day ahead ("20 марта Сенат ратифицирует протокол"). */
const NOT_PAST =
  /^(?:если|посол|посла|дел|дела|дело|делу|правила|правило|сила|числа|число|земли|недели|модели|цели|роли|доли|воли|около|мало|село|села|тепло|угол|стол|пол|протокол|протокола|\p{L}+[иая]тели)$/u;

/** "чтобы" (with at most two words between) or "бы" just before: a subjunctive, not a past. */
const SUBJUNCTIVE = /(?:(?<![\p{L}])чтобы(?:\s+[\p{L}\d-]+){0,3}|(?<![\p{L}])бы)\s*$/u;

const PERFECTIVE_FUTURE = new RegExp(String.raw`(?:^|[^\p{L}])${PREFIXED_FUTURE}(?![\p{L}])`, 'u');

/** A first-person perfective future ("создадим", "проведём", "примем", "я подпишу"): a verb of the
 * speaker's own step ahead, which nouns rarely share (ruVerbForms NOT_FIRST_PLURAL). */
const FIRST_PLURAL = new RegExp(
  String.raw`(?:^|[^\p{L}])${FIRST_PLURAL_MORPH}(?![\p{L}])|${FIRST_SINGULAR_MORPH}(?![\p{L}])`,
  'u',
);

/** A reflexive perfective future ("завершится", "откроется"): no noun ends so. */
const REFLEXIVE_FUTURE = new RegExp(
  String.raw`(?:^|[^\p{L}])${PREFIXED_FUTURE}(?<=ся)(?![\p{L}])`,
  'u',
);

/** An infinitive: "провести", "внести", "собраться" (not the nouns in -сть: "власть", "область"). */
const INFINITIVE = String.raw`(?:\p{L}{2,}(?<!с)ть|\p{L}+ти|\p{L}{2,}ться|\p{L}+тись|учесть)(?![\p{L}])`;
/** A verb of deciding, agreeing or intending: what it governs lies ahead of it. */
const INTENT = String.raw`(?:договорил|условил|решил|реши|намерен|намерева|собира|планиру|планиров|обещал|пообещал|предложил|предлага|призвал|призыва|поручил|поручено|поручает|обязал|готов)\p{L}*`;
/** "условились провести … в августе": the date of an act agreed on or intended, ahead. */
const INTENDED_BEFORE = new RegExp(
  String.raw`(?:^|[^\p{L}])${INTENT}\s+(?:[\p{L}\d«»"-]+\s+){0,3}?${INFINITIVE}[^,;—]*$`,
  'u',
);
/** "поручил правительству до 1 июля внести …", "намерена в марте провести": an instruction's or an
 * intention's target, ahead. */
const INSTRUCTION_BEFORE =
  /(?:^|[^\p{L}])(?:поручил|поручено|поручает|обязал|намерен|намерева|собира|планиру)\p{L}*[^,;—]*$/u;
/** A term or time given or set, then "до" before the date: "дал акимам срок до", "отвели время до". */
const GIVEN_TERM_BEFORE =
  /(?:^|[^\p{L}])(?:дал[аио]?|даст|дадут|установил[аио]?|установ(?:ит|ят)|отв[её]л|отвел[аио]|предоставил[аио]?|предостав(?:ит|ят))\s+(?:[\p{L}-]+\s+){0,3}?(?:срок|время)\s+до\s*$/u;
/** The intending verb itself in the past plural or a past participle of planning. */
const PAST_INTENT = /(?:^|[^\p{L}])(?:планировал|намеревал|собирал)\p{L}*[^,;—]*$/u;
const INFINITIVE_AFTER = new RegExp(String.raw`^[^,;—]*?(?:^|[^\p{L}])${INFINITIVE}`, 'u');

/**
 * A full past passive participle whose phrase holds the date, with at most two words between
 * ("Режим, введенный 16 марта, будет действовать …", "закон, подписанный президентом 16 марта"):
 * the date is of the participle's act, done. Adjectives that share the suffix are not
 * ("государственный визит 16 марта", "экстренное заседание").
 */
const PARTICIPLE_PHRASE =
  /(?:^|[^\p{L}])(\p{L}{2,}(?:анн|янн|енн|ённ|ят|ыт)(?:ый|ая|ое|ые|ого|ой|ому|ым|ых|ую|ыми|ом))((?:\s+[\p{L}-]+){0,2})\s*$/u;
const NOT_PARTICIPLE = /(?:ственн|военн|странн|менн|постоянн|венн|ценн|экстренн|утренн|внутренн)/u;

/**
 * The event a participle's act was done at, in the prepositional ("принятая на референдуме 5 июня",
 * "избранный на съезде"): a place, not a target's "на" with the accusative ("назначенные на 5 марта").
 */
const AT_EVENT =
  /(?<![\p{L}])(?:на|в)\s+(?:референдуме|выборах|съезде|курултае|сессии|заседании|пленуме|конференции)(?![\p{L}])/gu;

function inParticiplePhrase(clauseHead: string): boolean {
  const m = PARTICIPLE_PHRASE.exec(clauseHead);
  if (!m || NOT_PARTICIPLE.test(m[1]!)) return false;
  // (No verb between, "открытое заседание пройдет 16 марта", nor a deadline's or target's
  // preposition, "зарегистрировать избранных акимов до 30 июля": the date is another word's.)
  const between = m[2]!.replace(AT_EVENT, ' ');
  return (
    !ANY_TENSE.some((re) => re.test(between)) &&
    !PERFECTIVE_FUTURE.test(between) &&
    !/(?<![\p{L}])(?:до|к|ко|на|по|после|перед|через|с|со)(?![\p{L}])/u.test(between)
  );
}

/** "после референдума", "вслед за саммитом", "после республиканского референдума": the event
 * the date is of, which the act comes after. */
const AFTER_EVENT_BEFORE =
  /(?:^|[^\p{L}])(?:после|вслед\s+за)\s+(?:[\p{L}-]+\s+){0,2}[\p{L}-]+\s+$/u;

const EVENT_NOUN_BEFORE =
  /(?:^|[^\p{L}])(?:выбор|референдум|съезд|заседани|сесси|саммит|визит|голосовани|инаугураци|курулта|форум)\p{L}*\s+$/u;
/**
 * The event noun in the nominative at the head of the date's clause, with at most two adjectives
 * before it ("Референдум 5 июня одобрил поправки", "Республиканский референдум 5 июня прошёл"):
 * the clause's subject, whose own verb tells whether the event is done.
 */
const EVENT_SUBJECT_HEAD =
  /^\s*(?:[\p{L}-]+(?:ый|ий|ой|ая|яя|ое|ее|ые|ие)\s+){0,2}(?:выборы|референдум|съезд|саммит|визит|форум|курултай|пленум|заседание|сессия|голосование|инаугурация)\s+$/u;

/** In order of precedence when two verbs stand as near. */
const TENSES: [RegExp, 'future' | 'past'][] = [
  [new RegExp(FUTURE.source, 'gu'), 'future'],
  [new RegExp(PAST.source, 'gu'), 'past'],
  [new RegExp(REFLEXIVE_FUTURE.source, 'gu'), 'future'],
  [new RegExp(FIRST_PLURAL.source, 'gu'), 'future'],
];
/** The same verbs, to test for one anywhere (TENSES are global, for matchAll). */
const ANY_TENSE = TENSES.map(([re]) => new RegExp(re.source, 'u'));

/**
 * Russian word order is free, so the tense is looked for in the date's own clause (between
 * commas), then in the whole sentence around the date:
 * a future auxiliary or announcement verb wins over a past-tense "-л" form. "на 6 октября"
 * after a convening or a postponement is a target date, ahead whatever the verb's tense:
 * "подписал постановление о созыве съезда на 6 октября".
 * @example guessRuDirection('Выборы состоятся 20 ноября.', 16, 25) // 'future'
 */
export function guessRuDirection(
  text: string,
  start: number,
  end: number,
): 'future' | 'past' | undefined {
  // Look at most 400 characters each way, so a huge text is not rescanned per date. The names
  // there are no verbs: "Генассамблея Организации Объединённых Наций 23 сентября рассмотрит" is
  // ahead, whatever "объединённых" reads as; nor are the names of people and places that end as a
  // past verb does ("Король Абдалла II посетит Казахстан в апреле", nameNoVerb.ts).
  const before = blankNamesLikeVerbs(
    blankKnownNames(text.slice(Math.max(0, start - 400), start), 'ru'),
  );
  const after = blankNamesLikeVerbs(blankKnownNames(text.slice(end, end + 400), 'ru'));
  const stop = after.search(/[.!?\n]/u);
  const from = before.search(/[^.!?\n]*$/u);
  const head = before.slice(from).toLowerCase();
  // Not "по состоянию на 1 января" (as of) nor "в ночь на 5 января" (the night before); nor a
  // month adjective, whose "на" governs its noun: "на сентябрьской сессии" (at the session).
  if (
    /(?:^|[^\p{L}])на\s*$/u.test(head) &&
    monthOfAdjective(text.slice(start, end)) === undefined &&
    !/(?:состоянию|ночь|ночь\s+с\s+\d{1,2})\s+на\s*$/u.test(head)
  )
    return 'future';
  // "указом от 21 сентября", "Послания от 1 сентября": the date a document bears; it exists, so the
  // date is past (not "от 5 до 10 мая", a range).
  if (/(?:^|[^\p{L}])от\s*$/u.test(head) && !/^\s*(?:до|по)\s/u.test(text.slice(end, end + 8)))
    return 'past';
  const tail = stop < 0 ? after : after.slice(0, stop);
  // The date's own clause first ("…, получивший отставку 18 марта, назначен …"; direct speech after
  // a colon, "заявил: 20 марта мы создадим …"), then the sentence.
  const comma = tail.search(/[,;:—]/u);
  const clauseHead = head.slice(head.search(/[^,;:—]*$/u));
  const clause = (
    clauseHead +
    text.slice(start, end) +
    (comma < 0 ? tail : tail.slice(0, comma))
  ).toLowerCase();
  const clauseTail = comma < 0 ? tail : tail.slice(0, comma);
  if (
    INTENDED_BEFORE.test(clauseHead.toLowerCase()) ||
    (INSTRUCTION_BEFORE.test(clauseHead.toLowerCase()) &&
      INFINITIVE_AFTER.test(clauseTail.toLowerCase()))
  )
    // An intention told in the past ("митинг планировали провести 9 марта") was ahead of the
    // intending, not necessarily of the article: the nearest year.
    return PAST_INTENT.test(clauseHead.toLowerCase()) ? undefined : 'future';
  const low = (head + text.slice(start, end) + tail).toLowerCase();
  const tense = inParticiplePhrase(clauseHead.toLowerCase())
    ? 'past'
    : (nearestVerb(clause, clauseHead.length, clauseHead.length + end - start) ??
      nearestVerb(withoutInsertions(low, head.length), head.length, head.length + end - start));
  // A term given ("дал акимам срок до 1 марта", "установили срок до", "отвели время до") is a task
  // ahead of its giving, as an instruction's is ("поручил … до 1 марта").
  if (GIVEN_TERM_BEFORE.test(clauseHead.toLowerCase())) return 'future';
  // A deadline set in the past ("режим был продлен до 11 мая") may lie either side of the
  // publication: no direction, so the nearest year is taken.
  if (tense === 'past' && /(?:^|[^\p{L}])до\s*$/u.test(head)) return undefined;
  // The event an act told as done comes after ("После референдума 5 июня парламент принял
  // закон") lies before that act, so before the telling: past. (The act's verb follows the
  // phrase: not "вернутся … после открытия сессии 1 сентября".)
  if (
    tense === 'past' &&
    AFTER_EVENT_BEFORE.test(clauseHead.toLowerCase()) &&
    nearestVerb(clauseTail.toLowerCase(), 0, 0) === 'past'
  )
    return 'past';
  // An act done at the event ("принята на референдуме 15 марта"): the event is past too.
  if (tense !== 'future' && isDoneAtEvent(clauseHead.toLowerCase(), clauseTail.toLowerCase()))
    return 'past';
  // A vote decided on lies ahead ("принял решение о проведении референдума 5 октября"): the
  // decision's past is not the vote's.
  if (tense === 'past' && DECIDED_VOTE_BEFORE.test(clauseHead.toLowerCase())) return 'future';
  // A date right after the event it names ("кандидата на выборы 20 ноября") is that event's, not
  // the past verb's: the nearest year. (Unless the event is the clause's subject: the past verb
  // is its own, "Референдум 5 июня одобрил поправки".)
  if (
    tense === 'past' &&
    EVENT_NOUN_BEFORE.test(head) &&
    !EVENT_SUBJECT_HEAD.test(clauseHead.toLowerCase())
  )
    return undefined;
  // What is prepared for lies ahead, whatever the verb that tells the preparing ("обсудили
  // подготовку к визиту председателя КНР в Астану в июне").
  if (tense === 'past' && PREPARED_FOR_BEFORE.test(clauseHead.toLowerCase())) return 'future';
  // With no verb, "the next sitting" before the date is ahead: "Следующее пленарное заседание – в
  // среду".
  if (!tense && NEXT_EVENT_BEFORE.test(head)) return 'future';
  return tense;
}

/**
 * An insertion set off by commas that has a verb of its own: a source ("…, как сообщил ЦИК, …") or
 * a relative clause ("…, который ранее посетил Китай, …", "…, где прошел съезд, …"). Its verb is
 * not the main clause's.
 */
const INSERTION =
  /,\s*(?:как|котор\p{L}*|где|куда|откуда|чей|чья|чьи|чьё|чье)(?![\p{L}])[^,;—.!?]*,/gu;

/**
 * The sentence with its insertions blanked (same length, so offsets hold), unless the date (at
 * `at`) stands in one: "В воскресенье граждане, как сообщил ЦИК, проголосуют" takes its tense from
 * "проголосуют", not from "сообщил".
 */
function withoutInsertions(part: string, at: number): string {
  return part.replace(INSERTION, (m, offset: number) =>
    offset <= at && at < offset + m.length ? m : `,${' '.repeat(m.length - 2)},`,
  );
}

/** "подготовка к визиту председателя КНР в Астану": a gathering prepared for, its phrase up to the date. */
const PREPARED_FOR_BEFORE = new RegExp(
  String.raw`(?:^|[^\p{L}])${RU_PREPARATION_FOR}\s+(?:[\p{L}-]+\s+){0,2}(?:выбор|референдум|съезд|заседани|сесси|саммит|визит|голосовани|курулта|форум|встреч|переговор)\p{L}*(?:\s+[\p{L}-]+){0,4}\s+(?:в|на)?\s*$`,
  'u',
);

/**
 * "решение о проведении референдума", "решения о назначении досрочных выборов в Мажилис", with
 * the infinitive "решение (решено) провести референдум": a vote decided on, its phrase up to the
 * date (as the Kazakh "шешім" of kk/dates/guessKkDirection.ts).
 */
const DECIDED_VOTE_BEFORE = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:решени\p{L}*\s+о\s+(?:проведении|назначении)|(?:решени\p{L}*|решено)\s+(?:провести|назначить))\s+(?:[\p{L}-]+\s+){0,3}(?:выбор|референдум|голосовани|плебисцит)\p{L}*(?:\s+[\p{L}«»-]+){0,4}\s+(?:в|на)?\s*$`,
  'u',
);

const NEXT_EVENT_BEFORE =
  /(?:^|[^\p{L}])(?:следующ|ближайш)\p{L}*\s+(?:\p{L}+\s+)?(?:выбор|референдум|съезд|заседани|сесси|саммит|визит|голосовани|курулта|форум|встреч|чтени)\p{L}*/u;

/**
 * The tense of the verb nearest the date (at `from`–`to` in `part`): "началось 22 сентября и
 * завершится 11 октября" gives each date its own verb. A future auxiliary or announcement verb
 * wins a tie over a past "-л" form ("будет назначен 5 мая"), and so does a reflexive perfective
 * future ("завершится"). With no other verb, a prefixed verb in -ет/-ит/-ут/-ят is a perfective future ("В пятницу президент примет
 * участие", "посетит", "подпишет"), news rarely a present; "принят", "снят" are short passives.
 */
function nearestVerb(part: string, from: number, to: number): 'future' | 'past' | undefined {
  let best: { d: number; dir: 'future' | 'past' } | undefined;
  for (const [pattern, dir] of TENSES) {
    for (const m of part.matchAll(pattern)) {
      if (dir === 'past' && NOT_PAST.test(m[0].replace(/^[^\p{L}]+/u, ''))) continue;
      // "чтобы люди видели", "хотел бы": a -л form after "чтобы" or beside "бы" is a subjunctive.
      if (
        dir === 'past' &&
        (SUBJUNCTIVE.test(part.slice(Math.max(0, m.index - 30), m.index)) ||
          /^\s+бы(?![\p{L}])/u.test(part.slice(m.index + m[0].length, m.index + m[0].length + 4)))
      )
        continue;
      const [s, e] = [m.index, m.index + m[0].length];
      const d = e <= from ? from - e : s >= to ? s - to : 0;
      if (!best || d < best.d) best = { d, dir };
    }
  }
  // A non-reflexive one ("посетит") only when no other verb is there: nouns share its shape
  // ("саммит", "совет").
  return best?.dir ?? (PERFECTIVE_FUTURE.test(part) ? 'future' : undefined);
}
