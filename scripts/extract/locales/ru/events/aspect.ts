/**
 * Russian cues for when an event stands relative to its article (see events/aspect.ts): future
 * (будет, состоится, пройдёт, планируется, perfective non-past "проведут"), done (past -л/-ла/-ли,
 * прошёл, состоялся), the article's news (сегодня), a recall (напомним, ранее, ещё в) and "at that
 * same time" (тогда же, в тот же день, тем же указом).
 */
import type { Aspect } from '../../../events/aspect';
import {
  FIRST_PLURAL_MORPH,
  FIRST_SINGULAR_MORPH,
  FINITE_PAST,
  PREFIXED_FUTURE,
  SHORT_PASSIVE,
} from '../ruVerbForms';
import { ruPriorClause } from './priorClause';
import { TOOK_PLACE } from './verbForms';
import { blankNamesLikeVerbs } from '../nameNoVerb';
import { RU_AHEAD_BY_INTENT, RU_INTENDED_ACT } from './aheadByIntent';
import { RU_DECIDED_MERGER_AFTER, RU_DECIDED_MERGER_BEFORE } from './decidedMerger';
import { RU_ACT_IMPERFECTIVE_PAST } from './imperfectivePast';

const L = String.raw`[\p{L}\p{M}]`;
const START = String.raw`(?<![\p{L}\p{M}])`;
const END = String.raw`(?![\p{L}\p{M}])`;

// "Ранее", "прежде" recall, except in a participle phrase they qualify: "назначен Бейбут Исабаев,
// ранее занимавший пост заместителя министра" is today's appointment of a man who held another post.
// So in a relative clause: "Новым акимом назначен Марат Ахметжанов, который ранее возглавлял МВД".
const PARTICIPLE = String.raw`${L}+(?:нн|вш|[её]дш|ющ|ащ|ящ|[ая]ем|[ое]дим|[вжлнр]им|(?:ня|ча|ы|и)т)(?:ый|ий|ая|яя|ое|ее|ые|ие|ого|его|ой|ей|ому|ему|ым|им|ых|их|ую|юю|ыми|ими|ом|ем)(?:ся|сь)?`;
/**
 * Adjectives of the vote or gathering after "перед", "накануне", "в преддверии", "подготовка к", in
 * the case the preposition governs: "перед республиканским референдумом", "накануне президентских
 * выборов", "к предстоящему съезду". (Not "перед тем как": "как" is no adjective.)
 */
const OWN_ADJECTIVES = String.raw`(?:[\p{L}-]+(?:ым|им|ой|ей|ом|ем|ому|ему|ыми|ими|ых|их|ого|его)\s+){0,2}`;
const RELATIVE = String.raw`(?:котор${L}+|кто)`;
const EARLIER_NOT_OF_PARTICIPLE = String.raw`(?<!(?:${PARTICIPLE}|${RELATIVE})\s+)(?:ранее|прежде)(?!\s+${PARTICIPLE}${END})`;

/** The masculine past of a stem in -с/-з, prefixed: "внёс", "вынес", "перенёс", "привёз" (not "бизнес"). */
const PAST_OF_CARRY = String.raw`${START}(?:в|вы|при|пере|за|от|под|про|раз|у|с|до|об|пре|произ)(?:н[её]с|в[её]з)(?:ся)?${END}`;

export const RU_ASPECT: Aspect = {
  future: new RegExp(
    String.raw`${START}(?:будет|будут|буд[еу]т|состоится|состоятся|пройд[её]т|пройдут|планиру${L}*|запланирован${L}*|намечен${L}*|предстоящ${L}*|собирается|собираются|намерен[аоы]?|намерева${L}*|рассчитыва(?:ет|ют)|предстоит|провед[её]т|проведут|вступит|назначен${L}*\s+на|ожида${L}*)${END}`,
    'iu',
  ),
  // A prefixed perfective future: "примут участие", "посетит", "подпишут" (not -ает presents); in the
  // first person too ("создадим", "проведём", "я подпишу").
  futureForm: new RegExp(
    String.raw`${START}(?:${PREFIXED_FUTURE}|${FIRST_PLURAL_MORPH})${END}|${FIRST_SINGULAR_MORPH}${END}`,
    'iu',
  ),
  past: new RegExp(
    String.raw`${START}(?:прош[её]л|прошл[аио]|состоял${L}*)${END}|${START}${FINITE_PAST}${END}|${PAST_OF_CARRY}`,
    'u',
  ),
  blankNames: blankNamesLikeVerbs,
  // The simple past, and the short passives news is told in ("назначен", "возложено", "подписан").
  narration: new RegExp(
    String.raw`${START}(?:прош[её]л|прошл[аио]|состоял${L}*)${END}|${START}${FINITE_PAST}${END}` +
      String.raw`|${START}${SHORT_PASSIVE}${END}|${PAST_OF_CARRY}`,
    'iu',
  ),
  // (And a merger decided, the decision after its noun: "о слиянии решение приняли", decidedMerger.ts.)
  ahead: new RegExp(String.raw`^${L}*\s+(?:предстоящ${L}*)${END}|${RU_DECIDED_MERGER_AFTER}`, 'iu'),
  // (Not the adverb before a verb: "Тулебаев накануне сложил полномочия" did so the day before.)
  // An act decided, agreed or announced ahead ("решили объединиться", "договорились о слиянии")
  // is ahead too: aheadByIntent.ts; so is a merger decided ("решение о слиянии"): decidedMerger.ts.
  aheadBefore: new RegExp(
    String.raw`(?:накануне|перед|в\s+преддверии|(?:подготовк|готовност)[\p{L}]*\s+к)\s+${OWN_ADJECTIVES}(?![\p{L}-]+(?:ал|ял|ел|ил|ыл|ул|ла|ло|ли)(?:ся|сь)?$)[\p{L}-]*$|${RU_AHEAD_BY_INTENT}|${RU_DECIDED_MERGER_BEFORE}`,
    'iu',
  ),
  intendedBefore: new RegExp(RU_INTENDED_ACT, 'iu'),
  // The imperfective past of an act ("парламент принимал поправки", "партия выдвигала кандидата"):
  // Russian tells so that the act was done at some time, recalled; undated, it is not the day's
  // news (imperfectivePast.ts), as the Kazakh past perfect is not.
  pastPerfect: new RegExp(String.raw`${START}${RU_ACT_IMPERFECTIVE_PAST}`, 'iu'),
  afterIt: /(?!)/u,
  priorClause: ruPriorClause,
  // (An anniversary too: "годовщина Послания", "два года со дня референдума".)
  afterItBefore:
    /(?:после|по\s+итогам|по\s+результатам|в\s+результате|годовщин\p{L}*|(?:лет|года?)\s+(?:со\s+дня|с\s+момента|с)|юбиле\p{L}*)\s+(?:[\p{L}-]+\s+)?$/iu,
  today: new RegExp(String.raw`${START}(?:сегодня|сегодняшн${L}*|в\s+эти\s+минуты)${END}`, 'iu'),
  // (A "read also" line links another article: what it names is not this article's news.)
  // ("На днях", "недавно": some days before the news, on no day it gives; not "недавно
  // назначенный аким", whose adverb is the participle's.)
  recall: new RegExp(
    String.raw`${START}(?:на\s+днях|недавно(?!\s+${L}+(?:нн|вш|[ую]щ|[ая]щ|т)(?:ый|ий|ая|яя|ое|ее|ые|ие|ого|его|ой|ей|ому|ему|ым|им|ых|их|ую|юю)${END})|напомним|напомню|${EARLIER_NOT_OF_PARTICIPLE}|ещ[её]\s+в|в\s+сво[её]\s+время|в\s+сво[её]м\s+время|когда-то|некогда|в\s+прошлом\s+году|спустя|впоследствии|читайте\s+(?:также|по\s+теме)|смотрите\s+также)${END}`,
    'iu',
  ),
  // (And a tally: "Больше всего кандидатов выдвинула партия AMANAT – 69 человек", "Чаще всего
  // жители жаловались на …": the most of many acts, none of them one event.)
  // (Also a sum over a span, "За последние семь лет сменили названия столица, правящая партия, а
  // теперь и парламент", "За последние годы правительство менялось трижды": several acts, none
  // of the article's day.)
  habitual: new RegExp(
    String.raw`${START}(?:традиционно|как\s+правило|обычно|ежегодно|каждый\s+год|каждую\s+осень|каждую\s+весну|(?:больше|меньше|чаще|реже)\s+всего|за\s+последн(?:ие|ее)\s+(?:(?:${L}+|\d+)\s+)?(?:лет|года|годы|месяц${L}*|десятилети${L}*))${END}`,
    'iu',
  ),
  // "не" before a finite verb or a short passive (not "не только", "не менее", "не раз"): the
  // non-past in -ет/-ёт/-ит and -ут/-ют/-ят, or -ат after ж, ч, ш, щ ("не назначат", not "не
  // депутат"), with -ся too; the passive in -ен/-ён, -ан and -т ("не утверждён", "не принята").
  negated: new RegExp(
    String.raw`${START}не\s+(?:был[аои]?\s+)?[\p{L}-]+(?:л|ла|ло|ли|лся|лась|лось|лись|[еёи]т|[уюя]т|[жчшщ]ат|[еёи]тся|[уюя]тся|[жчшщ]атся|[её]н|[её]н[аоы]|ан|ан[аоы]|ят[аоы])${END}`,
    'iu',
  ),
  returned: new RegExp(
    String.raw`${START}(?:вернул${L}*|возвратил${L}*|возвраща${L}*|направил${L}*\s+(?:${L}+\s+){0,2}обратно|наложил${L}*\s+вето)${END}`,
    'iu',
  ),
  // "С ними", "К ним", "Им", "Их": a third-person pronoun in an oblique case opening the sentence.
  pointsBack: new RegExp(
    String.raw`^[\s–—-]*(?:(?:с|со|к|перед)\s+(?:ними|ним|ней|нему)|им|их|ему|ей)${END}`,
    'iu',
  ),
  // "Он", "Она", "Они" opening the sentence as its subject.
  pronounSubject: new RegExp(String.raw`^[\s–—-]*(?:он|она|оно|они)${END}`, 'iu'),
  // "Сенаторы также ратифицировали", "Кроме того, он подписал": not "а также", ", также" (joining
  // two things in the sentence) nor "Читайте также" (a link).
  additive: new RegExp(
    String.raw`(?<![,–—]\s*|(?:${START}а|читайте|смотрите)\s+)${START}(?:также|тоже|кроме\s+того|помимо\s+(?:этого|того))${END}`,
    'iu',
  ),
  // "этой инициативой", "этот исторический референдум", "данное решение"; or a sentence opening
  // "Это второй саммит", "Это был первый съезд" (not a verb after it: "Это позволит", "Это решили").
  restates: new RegExp(
    String.raw`${START}(?:эт(?:от|а|у|о|ой|ого|ому|им|ом)|данн(?:ый|ая|ое|ую|ого|ой|ому|ым|ом))\s+(?:${L}+(?:ый|ий|ой|ая|яя|ое|ее|ую|юю|ого|его|ому|ему|ым|им|ом|ем|ей)\s+)?$` +
      String.raw`|^[\s«"]*Это\s+(?:был[аио]?\s+|стал[аио]?\s+)?(?!${L}+(?:ет|ит|ут|ют|ят|ат|ал|ял|ил|ла|ло|ли|ся|сь)${END})${L}+(?:\s|$)`,
    'iu',
  ),
  // "Выступление завершено", "Выступление началось в 10:00 и продлилось больше часа".
  course: {
    after: new RegExp(
      String.raw`^\s*(?:завершен[аоы]?|завершил${L}*|закончил${L}*|окончен[аоы]?|началось|начался|началась|продолжил${L}*|продлил${L}*|длил${L}*|шло|шл[аи]|прервал${L}*)${END}`,
      'iu',
    ),
    before: new RegExp(
      String.raw`${START}(?:начал|начала|завершил|завершила|закончил|закончила|продолжил|продолжила|прервал|прервала)\s+(?:сво[её]\s+)?$`,
      'iu',
    ),
  },
  // "До этого", "После этого", "Затем": a step before or after the time just told.
  otherTime: new RegExp(
    String.raw`${START}(?:(?:до|перед|после)\s+(?:этого|того|этим|тем|него|неё|нее)|затем|потом|позже|позднее|впоследствии|спустя|накануне)${END}`,
    'iu',
  ),
  sameTime: new RegExp(
    // "На нём", "В нём" opening a sentence: at it, in it (the session, the Address told before).
    // A sentence opening on a later hour of that day ("После обеда грянула другая новость",
    // "Вечером того же дня", "Спустя несколько часов").
    String.raw`${START}(?:тогда\s+же|ими\s+же|в\s+(?:тот|этот)\s+же\s+день|тем\s+же\s+днем|тем\s+же\s+днём|вечером\s+того\s+же\s+дня)${END}|^[\s–—-]*(?:на|в)\s+(?:н[её]м|ней)${END}|^[\s–—-]*(?:после\s+обеда|ближе\s+к\s+вечеру|(?:спустя|через)\s+(?:несколько|пару|два|три|четыре)\s+час\p{L}*)${END}`,
    'iu',
  ),
  thenDone: /^[\s–—-]*(?:тогда|в\s+то\s+время)(?![\p{L}])(?!\s+же(?![\p{L}]))/iu,
  byEvent: new RegExp(
    String.raw`${START}(?:после|по\s+итогам|по\s+результатам|в\s+ходе|на\s+полях|в\s+кулуарах|в\s+рамках)\s+(?!(?:этого|того|этих|тех|него|неё|нее|них|чего|обеда)${END})((?:${L}+\s+)?${L}{4,})` +
      // (Or at a gathering: "На брифинге спикер заявил", "На заседании правительства …".)
      String.raw`|${START}на\s+((?:брифинг|заседани|сесси|встреч|пресс-конференци|форум|саммит|съезд|совещани)${L}*)`,
    'giu',
  ),
  atIt: new RegExp(String.raw`^[\s–—-]*(?:на|в)\s+(?:н[её]м|ней)${END}`, 'iu'),
  // The instrumental of the act: "указом президента", "постановлением"; "в соответствии с указом".
  byAct: new RegExp(
    String.raw`${START}(?:(?:тем|этим)\s+же\s+(?:указом|документом|постановлением)|указом|распоряжением|постановлением|согласно\s+указу|в\s+соответствии\s+с\s+(?:указом|документом|постановлением))${END}`,
    'iu',
  ),
  aboutThis: new RegExp(String.raw`${START}(?:об\s+этом)${END}`, 'iu'),
  deadlineAfter: /(?!)/u,
  deadlineBefore: /(?:^|[\s,])(?:до|не\s+позднее|не\s+позже)\s+$/iu,
  dueDayBefore: /(?:^|[\s,])к\s+$/iu,
  modal: new RegExp(
    // (And what may happen, "могут пройти", "может состояться": possible, so still ahead.)
    String.raw`${START}(?:должн(?:ы|а|о)|должен|нужно|надо|необходимо|следует)${END}` +
      // (A possibility, "возможность выступления с посланием", "не исключено, что …": ahead too.)
      String.raw`|${START}(?:возможн(?:о|а|ы|ость|ости)|не\s+исключ${L}*)${END}` +
      String.raw`|${START}(?:может|могут)\s+(?:${L}+\s+)?${L}+(?:ть|ти|ться|тись)${END}`,
    'iu',
  ),
  targetBefore: /(?:^|\s)на\s+$/iu,
  // "на" with the prepositional ("на этой неделе", "на прошлых выходных", "на днях") says when;
  // only its accusative ("на 6 октября", "на следующую неделю") names a target. So with the
  // adjectives of a day ("на вчерашнем заседании", "на сегодняшней сессии", "на завтрашних
  // переговорах": the sitting that day), not "перенесли на завтрашнее заседание".
  timeWhen: /(?:неделе|неделях|выходных|днях|шн(?:ем|ей|их))$/iu,
  // A trigger in a full passive participle ("внесённые изменения", "изменения, внесённые в закон",
  // "принятый закон"): short forms ("принят", "внесены") narrate and are not matched.
  // A passive participle's -нн- follows the stem's vowel а, я, е or ё ("подписанный", "принятый",
  // "утверждённый"); -онн- and -инн- make adjectives ("неконституционным", "традиционной",
  // "длинный"), no act recalled: a ruling that ends in "неконституционным" is told, not background.
  attributive: new RegExp(
    String.raw`^${L}*(?:[аяеё]нн|т)(?:ый|ая|ое|ые|ых|ым|ыми|ой|ую|ого|ому)${END}`,
    'iu',
  ),
  // Past participles, active ("получивший", "победившего", "прошедших") and passive ("избранный
  // президентом в 2019 году", "принятая", not adjectives like "государственный", "военный"): a
  // phrase set off by commas.
  participle: new RegExp(
    String.raw`${L}{2,}(?:вш|[её]дш)(?:ий|ая|ее|ие|его|ей|ему|им|ими|их|ую|ем)${END}|${START}(?!(?:во|вре|совре)[мн]?е?нн)${L}{2,}(?<!ств)(?:анн|янн|енн|ённ|ыт|ят|ит)(?:ый|ая|ое|ые|ых|ым|ую|ого|ому)${END}`,
    'iu',
  ),
  targetCase: /(?!)/u,
  reported: new RegExp(String.raw`${START}(?:что|чтобы)${END}`, 'iu'),
  speech: new RegExp(
    String.raw`${START}(?:сказал${L}*|заявил${L}*|отметил${L}*|подчеркнул${L}*|сообщил${L}*|передает|передаёт|сообщает)${END}`,
    'giu',
  ),
  // The verb comes before its object; a verb of saying that is the trigger narrates.
  verbFinal: false,
  saidNarrates: true,
  referencePhrase: true,
  // "В том же Послании", "На этом заседании", "В ходе своего визита": the one named before.
  addressVenue: /совместн\p{L}*\s+заседани/iu,
  thisDayPage: new RegExp(
    String.raw`${START}(?:(?:этот|этого)\s+дня?\s+в\s+истории|в\s+этот\s+день\s+(?:в\s+)?(?:истори${L}*|год${L}*)|вспоминаем)${END}`,
    'iu',
  ),
  thatGathering: {
    cue: new RegExp(
      String.raw`${START}(?:в|во|на|при|во\s+время|в\s+ходе|в\s+рамках)\s+(?:(?:том|той|тех|этом|этой|этих)(?:\s+же)?|сво(?:[её]м|ей|его|их)|указанн(?:ом|ой|ых|ого))\s+(${L}+(?:\s+${L}+)?)`,
      'iu',
    ),
    kinds: [
      ['address', /^послани/iu],
      ['kurultai', /^курулта/iu],
      ['congress', /^съезд/iu],
      ['session', /^сесси/iu],
      ['sitting', /^заседани/iu],
      ['meeting', /^встреч/iu],
      ['summit', /^саммит/iu],
      ['talks', /^переговор/iu],
      ['forum', /^форум/iu],
      ['visit', /^визит/iu],
      ['briefing', /^(?:брифинг|пресс-конференц)/iu],
    ],
  },
  // "Во второй день визита", "в третий день саммита": the ordinal, then the gathering's noun.
  nthDay: {
    cue: new RegExp(
      String.raw`${START}(?:в|во|на)\s+(?<nth>${L}+)\s+день\s+(?:(?:своего|государственного|официального|рабочего)\s+)?(?<noun>${L}+)`,
      'iu',
    ),
    ordinals: [
      [/^перв(?:ый|ой)$/iu, 1],
      [/^втор(?:ой|ого)$/iu, 2],
      [/^трет(?:ий|ьего)$/iu, 3],
      [/^четв[её]рт(?:ый|ого)$/iu, 4],
    ],
  },
  // "Он пройдет 6 ноября", "Она состоится в Астане", "Они пройдут с 2 по 6 февраля": the pronoun,
  // at most one word, then the verb of happening.
  itHappens: {
    pronoun: new RegExp(
      String.raw`^[\s«"“(–—-]*(?:он|она|оно|они)\s+(?:${L}+\s+)?(?:${TOOK_PLACE}|пройд[её]т|пройдут|прош[её]л|прошл[аио]|проходит|проходят|начн[её]тся|заверш(?:ится|атся))${END}`,
      'iu',
    ),
    // The noun of a gathering or a vote, not a verb ("встретился", "обсудили") nor a person.
    antecedent: new RegExp(
      String.raw`${START}(?:саммит|съезд|форум|курулта|сесси|заседани|совещани|собрани|встреч|референдум|выбор|голосовани|слушани|конференц|пресс-конференц|брифинг|переговор)`,
      'iu',
    ),
  },
};
