/**
 * The shape of a language's aspect cues (locales/<lang>/events/aspect.ts): the words and endings
 * that tell whether an event is still ahead, done, the article's own news, or recalled.
 */
import type { SourceLang } from '../../../src/model/schema';
import { KK_ASPECT } from '../locales/kk/events/aspect';
import { RU_ASPECT } from '../locales/ru/events/aspect';
import { withExplicitClasses } from '../letterClasses';
import { rememberTests } from '../memoByText';
import type { Test } from '../wordwise';

export interface Aspect {
  /** Future or intended: "өтеді", "өткізілмек", "алдағы", "состоится", "будет". */
  future: Test;
  /** Finite past: "өтті", "өткен", "прошёл", "подписал". */
  past: Test;
  /**
   * The text with the names that only look like a past verb made placeholder letters of the same
   * length ("Король Абдалла II посетит": "Абдалла" ends as "провела" does), where the locale tells
   * them by their capital letter.
   */
  blankNames?: (text: string) => string;
  /** Simple past that narrates the article's own news ("жариялады", "подписал"), not a perfect or participle recall. */
  narration: Test;
  /** Right after a trigger noun: "сайлау алдында" (before the election) names something ahead. */
  ahead: RegExp;
  /**
   * Right before a trigger noun: "накануне выборов". Tested on the sentence up to the cue and the
   * cue's first word (throughCueWord), so that the adverb before a verb is told apart.
   */
  aheadBefore: RegExp;
  /**
   * Right before a trigger, read as aheadBefore is: deciding or intending to do it ("решили
   * объединиться"). The act is ahead, but unlike an eve a date in the sentence may be its own.
   */
  intendedBefore?: RegExp;
  /**
   * A participle of taking place that modifies the trigger noun, read up to it ("20 қарашада өткен
   * кезектен тыс президенттік сайлаудың", "өтетін сайлауға"): the event's own tense, whatever the
   * sentence's verb tells of its results. Where the locale has one.
   */
  participleBefore?: { past: RegExp; future: RegExp };
  /** The article's own day: "бүгін", "сегодня". */
  today: RegExp;
  /** Background: "еске салайық", "напомним", "ещё в". */
  recall: RegExp;
  /** "At that same time": the sentence shares the date of the one before it. */
  sameTime: RegExp;
  /**
   * "Then", "at that time", opening a sentence told as done ("Тогда Глава государства освободил
   * …"): it goes on at the time the sentence before told (a past act only: "Тогда мы сможем …"
   * is a condition's "then").
   */
  thenDone?: RegExp;
  /**
   * The part of `sameTime` that points at the gathering told just before ("Онда", "На нём", "сол
   * жиында"), not at its time: what is done there is on its day, told as done or as planned.
   */
  atIt?: RegExp;
  /**
   * A time told by an event the sentence names ("после выступления", "по итогам заседания",
   * "Жолдаудан кейін", or a gathering it is at: "На брифинге", "Брифингте"): the capturing groups
   * hold the event's words (global flag). Not "после этого", a step.
   */
  byEvent?: RegExp;
  /**
   * A sentence that opens by pointing back at whom the sentence before told ("Олармен аудан әкімі
   * кездесті", "С ними встретился аким"): it goes on at that sentence's time (events/newsStory.ts).
   */
  pointsBack?: RegExp;
  /**
   * A sentence whose subject, opening it, is a third-person pronoun ("Ол саяси реформаларды
   * ұсынды", "Он предложил реформы"): a past act it tells with no date of its own goes on with the
   * sentence just before, on the day that one told when it lies before publication (newsStory.ts).
   */
  pronounSubject?: RegExp;
  /**
   * An additive particle that adds the sentence's act to what the sentence before told ("Сенаторы
   * также ратифицировали соглашение", "Сенаторлар сондай-ақ … ратификациялады"): the act goes on
   * at that sentence's time, as after a pronoun subject (newsStory.ts). Not one joining two things
   * inside the sentence ("закон, а также указ"): that adds nothing to the sentence before.
   */
  additive?: RegExp;
  /**
   * An event told again, by a demonstrative before its noun ("этой инициативой", "осы шешім") or a
   * sentence that only says what it was ("Это второй саммит C5+1", "Бұл – алтыншы Жолдауы"):
   * tested on the sentence's text up to the trigger. Not a second event (events/mergeInArticle.ts).
   */
  restates?: RegExp;
  /** "Before that", "after that": the sentence tells another time than the one before it. */
  otherTime: RegExp;
  /**
   * A negated verb in the trigger's own clause ("к коалиции не присоединилась", "күшіне енген
   * жоқ", "өтпеді"): what did not happen is no event.
   */
  negated: Test;
  /**
   * A law returned ("не подписал закон и вернул его в Мажилис", "не согласились … и направили закон
   * обратно"): the negation tells a veto, which is the law's step of the day, not its absence.
   */
  returned?: RegExp;
  /**
   * Done by an act ("указом президента назначен", "Жарлығымен тағайындалды"): the sentence shares
   * the date of the decree or law the article dated last.
   */
  byAct: RegExp;
  /**
   * A date that is the target of an act, not its day: "на 6 октября" (RU, the word before the date),
   * "19 наурызға" (KK, the dative of the date itself). A decree convening a congress "на 6 октября"
   * was signed some other day; the date is the congress's.
   */
  targetBefore: RegExp;
  targetCase: RegExp;
  /**
   * A date in the case that tells when, which the word before does not make a target: "на
   * следующей неделе" (prepositional: the week it happens in), not "на следующую неделю".
   */
  timeWhen?: RegExp;
  /**
   * A participle that closes an attributive phrase ("Сайлауда жеңген Тоқаев", "получивший отставку
   * накануне"): a trigger and a date on either side of it belong to different events.
   */
  participle: RegExp;
  /**
   * A trigger that is itself an attribute of a noun ("енгізілген өзгерістер", "внесённые
   * изменения", "принятый закон"): tested on the trigger's text and the words after it. It recalls
   * an act as background, so only a date of its own places it, never the article's news.
   */
  attributive: RegExp;
  /**
   * "About this" in a reporting sentence ("Ол бұл туралы 19 наурызда … айтты", "Об этом он заявил
   * 19 марта"): its date is the date of the event the sentence before it told.
   */
  aboutThis: RegExp;
  /**
   * Whether a verb of saying "about this" on a day its own clause gives is also a statement of
   * that day ("Бұл туралы бүгін облыстық департамент хабарлады"), besides dating the news before.
   */
  saidAboutThis?: boolean;
  /** Right after a date, or right before it: a deadline ("15 наурызға дейін", "до 15 марта"). */
  deadlineAfter: RegExp;
  deadlineBefore: RegExp;
  /** Right before a day only, a deadline ("к 1 марта"); before a year, a horizon ("к 2030 году"). */
  dueDayBefore?: RegExp;
  /** A future form read only in the trigger's own clause (too ambiguous for the whole sentence). */
  futureForm: RegExp;
  /**
   * A finite future closing the trigger's own clause, in a verb-final language: it is the clause's
   * tense, over an earlier word that only has the shape of a past.
   */
  closingFuture?: Test;
  /**
   * A trigger that is only a reference point in time: "референдумнан кейін", "после выборов", "по
   * итогам съезда" (the sentence's date is of what came after).
   */
  afterIt: RegExp;
  afterItBefore: RegExp;
  /**
   * Whether the trigger at `at` of a sentence is the act of a clause of what came before the main
   * clause's act ("…, после того как Назарбаев сложил полномочия"): undated there, it is
   * background, never the article's news day.
   */
  priorClause?: (sentence: string, at: number) => boolean;
  /**
   * What happens by habit ("традиционно оглашает в начале сентября", "жыл сайын өтеді"): a rule of
   * the calendar, not an event, unless a date with its year or "today" places one.
   */
  habitual: RegExp;
  /**
   * A verb of a speech's course right after its noun (`after`: "Выступление завершено") or right
   * before it (`before`: "начал выступление с оценки …"): the phase or length of a speech the
   * article told, not a statement of its own.
   */
  course?: { after: RegExp; before: RegExp };
  /**
   * A past perfect ending the trigger's clause ("қабылдаған болатын", "өткізген еді"), or the
   * Russian imperfective past of an act in it ("принимал поправки"): what had been done before the
   * story's time, recalled, never the news of the day (events/when.ts).
   */
  pastPerfect?: RegExp;
  /** Must or should happen (тиіс, керек, должны): not news of its happening, but a plan. */
  modal: Test;
  /**
   * From the cue on: its event, the day it is set for and the setting ("Сайлау 9 маусымға
   * белгіленді"). Ahead, when the setting lies beyond the cue: a cue that is the setting itself
   * (a decree calling the vote) was done.
   */
  scheduledFor?: RegExp;
  /**
   * What was said, set off from its verb of saying: "деп", a verbal noun in the accusative
   * ("аяқталғанын", "шығуын"), "что". A date on its far side is of what was said.
   */
  reported: RegExp;
  /** Verbs of saying (global flag): removed before reading the tense of what was said. */
  speech: RegExp;
  /**
   * A sentence that opens with a pronoun and tells a happening ("Он пройдет 6 ноября в Бишкеке"):
   * `pronoun` on the sentence; `antecedent` on the cue of a gathering or a vote the sentence before
   * named, which the pronoun stands for. Absent where not described.
   */
  itHappens?: { pronoun: RegExp; antecedent: RegExp };
  /**
   * Where the verb that governs a trigger stands: after it in a verb-final language (Kazakh: the
   * trigger's clause runs from the trigger to the next comma), or before it (Russian: "провел
   * телефонный разговор", so the clause runs between the commas around the trigger).
   */
  verbFinal: boolean;
  /**
   * Whether a verb of saying that is itself the trigger narrates the statement ("«…», — заявил
   * Токаев на пресс-конференции"), though a verb of saying elsewhere only sources what it tells.
   */
  saidNarrates?: boolean;
  /**
   * Whether a trigger ending in the sentence's final verb, a simple past ("… іріктеу өткізетінін
   * мәлімдеді"), is that act done and narrated, whatever the words it reports tell of the future.
   */
  finalVerbNarrates?: boolean;
  /**
   * Whether a trigger after `afterItBefore` and before a comma ("Выступая после голосования,
   * Ашимбаев поблагодарил …") is only a reference point, no stronger event of its sentence.
   */
  referencePhrase?: boolean;
  /**
   * A gathering or an Address named again with a demonstrative ("Сол Жолдауда ол … ұсынды", "В том
   * же Послании он предложил"): `cue` finds the demonstrative and captures the (at most two) words
   * after it; `kinds` names the noun, so that what is done "at that one" takes the day the article
   * gave the last gathering of the same name. `attributive`, tested on the words right after the
   * gathering's noun, finds a participle and the noun it describes ("Сол отырыста айтылған
   * ұсыныстар"): the gathering is then where that participle's act was done, and dates no cue
   * after that noun (the clause's own verb, "… орындалғанын басшысы мәлімдеді").
   */
  /**
   * A "this day in history" page names itself so in its headline or lead ("Этот день в истории",
   * "Сегодня, 19 марта, вспоминаем …", "Тарихта бүгін"): its year headings stand for that day of
   * each year (events/toldDates.ts).
   */
  thisDayPage?: RegExp;
  thatGathering?: {
    cue: RegExp;
    kinds: ReadonlyArray<readonly [string, RegExp]>;
    attributive?: RegExp;
  };
  /**
   * A day of a gathering counted by its ordinal ("во второй день визита", "сапардың екінші
   * күні"): `cue` captures the ordinal word and the gathering's noun (named groups `nth`,
   * `noun`); `ordinals` gives each ordinal stem its number (events/thatGathering.ts). `needs`, a
   * word the cue cannot match without, is looked for first: a cheap test that spares the cue's
   * scan of every word of a sentence that has no such day.
   */
  nthDay?: { cue: RegExp; needs?: RegExp; ordinals: ReadonlyArray<readonly [RegExp, number]> };
  /**
   * The sitting the annual Address is delivered at, a joint session of the chambers ("совместное
   * заседание палат", "палаталардың бірлескен отырысы"): an Address the article tells with no day
   * of its own, in the same tense as such a sitting it dated, is given at that sitting.
   */
  addressVenue?: RegExp;
}

/**
 * Each locale's patterns with their letter classes spelled out (letterClasses.ts): tested on every
 * sentence, and faster to match and to compile so.
 */
function fast<T extends object>(aspect: T): T {
  return Object.fromEntries(
    Object.entries(aspect).map(([k, v]) => [k, v instanceof RegExp ? withExplicitClasses(v) : v]),
  ) as T;
}

/**
 * The cues asked of a whole sentence, once per trigger and again by the stages after it (story,
 * when, ownDate): their tests, remembered by the sentence, were 9 % of a 5 MB article's
 * extraction. (Not every cue: most are asked of a clause cut anew each time, and remembering those
 * kept a hundred MB of slices.)
 */
const SENTENCE_CUES = [
  'recall',
  'sameTime',
  'atIt',
  'today',
  'habitual',
  'otherTime',
  'thenDone',
] as const;

function rememberSentenceCues(aspect: Aspect): Aspect {
  const out = { ...aspect };
  for (const key of SENTENCE_CUES) {
    const cue = aspect[key];
    if (cue) out[key] = rememberTests(cue);
  }
  return out;
}

export const ASPECT: Record<SourceLang, Aspect> = {
  kk: rememberSentenceCues(fast(KK_ASPECT)),
  ru: rememberSentenceCues(fast(RU_ASPECT)),
};

/** The sentence up to a cue and its first word: what `Aspect.aheadBefore` is tested on. */
export function throughCueWord(s: string, at: number): string {
  return s.slice(0, at) + (/^[\p{L}-]*/u.exec(s.slice(at))?.[0] ?? '');
}
