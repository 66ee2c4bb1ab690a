/**
 * The story an article tells, sentence by sentence: the dates its later sentences go on at. The
 * events stage reads it for each sentence (enterSentence), adds each event it dated (noteEvent)
 * and closes the sentence with the time it told (leaveSentence). Which of these a sentence's event
 * takes is for events/when.ts to decide.
 */
import type { EventDate, SourceLang } from '../../../src/model/schema';
import type { DocTimex } from '../stages/dates';
import type { DocumentDate } from '../stages/documentDate';
import type { Doc, Sentence } from '../types';
import { ASPECT } from './aspect';
import { precisionOf } from './dateEvent';
import type { Named } from './itHappens';
import { ACTS, GATHERINGS, SAYINGS } from './kinds';
import { isNewsDay, isPublicationDay } from './newsDay';
import { inQuotedSpeech } from './quotedSpeech';
import { goesOnWithRecall } from './recallStory';
import { opensWithDate, type sentenceTime } from './sentenceTime';
import { gatheringKind, thatGatheringKind } from './thatGathering';

export interface Story {
  /** The date (or year-less day) of the sentence with an event told last. */
  previous?: EventDate;
  /** The paragraph of that sentence, and its index. */
  previousParagraph?: number;
  previousIndex?: number;
  /** The expression of that sentence its date was read from, where one was. */
  previousTimex?: DocTimex;
  /**
   * What the paragraph told so far: whether every dated sentence of it lies long before
   * publication (a paragraph of background), and its last such sentence (events/newsStory.ts).
   */
  paragraphPast?: { paragraph: number; past: boolean; last: Sentence };
  previousYearless?: string;
  /** The date of the last event told as done (for "в тот же день" after a day told as ahead). */
  previousDone?: EventDate;
  /** The date of the last decree or law the article dated. */
  lastAct?: EventDate;
  /** The day the lead reports as the article's news, for the sentences after the one that told it. */
  newsDay?: { date: EventDate; start: number };
  /** The recall the sentence before opened ("Напомним, 5 февраля …"), and the date it gave. */
  recall?: { index: number; paragraph: number; date?: EventDate; told?: boolean };
  /**
   * A paragraph that opens with its day ("26 апреля — XXIII съезд. Токаев сложил полномочия …"):
   * the day its later, undated sentences go on telling.
   */
  opened?: { paragraph: number; date?: EventDate };
  /**
   * The gathering a sentence dated by its own date, and the paragraph its day goes on in: its own,
   * or the answer after a question that names it ("Что дал саммит ОТГ 6 ноября?").
   */
  gathering?: { paragraph: number; date: EventDate; planned: boolean };
  /** The day the article gave each gathering it named ("1 қыркүйектегі Жолдауында"), for a later
   * "Сол Жолдауда" anywhere in the article. */
  namedDays: Map<string, EventDate>;
  /** The gathering kinds last told as recalled with no day ("… отырысы өткен еді"): "Сол
   * отырыста" then points at a day the article does not give. */
  recalledKinds: Set<string>;
  /** The gathering the sentence before named last, for a pronoun's "Он пройдет 6 ноября". */
  named?: Named;
  /** The joint session of the chambers the article dated last: where an Address is given. */
  addressVenue?: { date: EventDate; planned: boolean };
  /** The last saying (a statement, a proposal, an Address) the article dated, and its sentence. */
  saying?: { paragraph: number; index: number; date: EventDate };
  /**
   * The article told news of its own: an act it dates by a day of its own, today or one of the days
   * just before publication ("сегодня", "кеше", "в среду", "10 наурызда"; newsDay.ts). A
   * quotation's tag is dated by that news only (quoteTag.ts): the quotations of an opinion column
   * or an analysis that narrates the past have no day of their own, not the day it appeared.
   */
  news?: true;
}

export const newStory = (): Story => ({ namedDays: new Map(), recalledKinds: new Set() });

/** What a sentence inherits from the story before it. */
export interface Inherited {
  /** The day its paragraph opened with, for a sentence with no date expression of its own. */
  paragraphDay?: EventDate;
  /** The recall the sentence right before opened, which this one goes on with. */
  continuing?: { date?: EventDate };
}

/** Moves the story on to sentence `s`. */
export function enterSentence(
  story: Story,
  doc: Doc,
  s: Sentence,
  bySentence: Map<number, DocTimex[]>,
): Inherited {
  if (story.gathering && story.gathering.paragraph < s.paragraph) story.gathering = undefined;
  if (story.opened?.paragraph !== s.paragraph)
    story.opened = opensWithDate(doc, s, bySentence) ? { paragraph: s.paragraph } : undefined;
  // (Only a sentence with no date expression of its own: "Четыре дня спустя" is its own day.)
  const inOpened =
    story.opened?.date !== undefined &&
    story.opened.paragraph === s.paragraph &&
    (bySentence.get(s.index) ?? []).length === 0;
  // (A sentence with a recall cue of its own opens another recall: "Одан бұрын", "Ранее" tell an
  // earlier time than the day the sentence before gave, "Напомним" another story.)
  const ownRecall = ASPECT[doc.lang].recall.test(s.text);
  const recall = story.recall;
  // (And only a sentence that goes on with the recalled story: "после выступления" is back at
  // another event, events/recallStory.ts.)
  // (Nor after a recall that told no event and no day, a post held before: "Ол бұған дейін …
  // қызметін атқарған. Президент Исабаевты … босатты" is back at the article's news.)
  const continuing =
    recall &&
    (recall.told === true || recall.date !== undefined) &&
    !ownRecall &&
    recall.paragraph === s.paragraph &&
    recall.index === s.index - 1 &&
    goesOnWithRecall(doc.lang, s, doc.sentences[recall.index]!)
      ? recall
      : undefined;
  // (A recall told only by its time, "В прошлом году президент подписал указ", "Өткен жылы …", is
  // a dated sentence like "В 2024 году …": the next one is not in it on that year.)
  const opensRecall = ownRecall && ASPECT[doc.lang].recall.test(withoutDates(s, bySentence));
  story.recall = opensRecall ? { index: s.index, paragraph: s.paragraph } : undefined;
  return {
    ...(inOpened ? { paragraphDay: story.opened!.date } : {}),
    ...(continuing ? { continuing } : {}),
  };
}

/** One event the sentence told, dated by `date` (from its own expression when `own`). */
export interface Told {
  lang: SourceLang;
  s: Sentence;
  /** The sentence's paragraph ends with a question: the answer after it goes on at its day. */
  asks: boolean;
  type: string;
  trigger: string;
  own: boolean;
  date?: EventDate;
  planned: boolean;
  lead: boolean;
  /** An appointment made by a decree ("указ о назначении") dates "тем же указом" too. */
  byDecree: boolean;
  dct: DocumentDate | undefined;
}

export function noteEvent(story: Story, e: Told): void {
  if (story.recall?.index === e.s.index) story.recall.told = true;
  if (GATHERINGS.has(e.type) && e.own && e.date && !e.date.method.startsWith('publication'))
    story.gathering = {
      paragraph: e.asks ? e.s.paragraph + 1 : e.s.paragraph,
      date: e.date,
      planned: e.planned,
    };
  // (Only a day the text gives the gathering: "Сегодня прошло заседание", "1 қыркүйектегі
  // Жолдауында".)
  const kind =
    e.own && e.date && e.date.precision !== 'interval' && gatheringKind(e.lang, e.trigger);
  if (kind) story.namedDays.set(kind, e.date!);
  // "Бүгін Мәжіліс отырысы өтті. Бұған дейін Үкімет отырысы өткен еді. Сол отырыста …": "that"
  // points at the last gathering of its kind told, here one recalled in the past perfect with no
  // day: an earlier one, whose day the article does not give; the day of the one told before it is
  // not that one's. (Not the sentence that points back itself: "Сол отырыста" names the one meant.)
  if (kind) story.recalledKinds.delete(kind);
  const recalled =
    !e.own &&
    !e.date &&
    ASPECT[e.lang].pastPerfect?.test(e.s.text) === true &&
    gatheringKind(e.lang, e.trigger);
  if (recalled && thatGatheringKind(e.lang, e.s.text) !== recalled) {
    story.namedDays.delete(recalled);
    story.recalledKinds.add(recalled);
    // (What is then done "there" is done at the recalled one, not at the gathering dated before.)
    delete story.gathering;
  }
  // (Not where the lead tells its act "today": "ОСК бүгін кеше өткен сайлаудың қорытындысын
  // жариялады" reports today on yesterday's vote.)
  if (
    !story.newsDay &&
    e.own &&
    e.lead &&
    isNewsDay(e.date, e.dct) &&
    !ASPECT[e.lang].today.test(e.s.text)
  )
    story.newsDay = { date: e.date!, start: e.s.start };
  if (e.date && (ACTS.has(e.type) || e.byDecree)) story.lastAct = e.date;
  if (e.date && SAYINGS.has(e.type))
    story.saying = { paragraph: e.s.paragraph, index: e.s.index, date: e.date };
  // (Not an act the words of a quotation tell: "«Позавчера правительство утвердило план», —
  // сказал Токаев" is what he said, not the article's news.)
  if (
    e.own &&
    !e.planned &&
    (isNewsDay(e.date, e.dct) || isPublicationDay(e.date, e.dct)) &&
    !inQuotedSpeech(e.lang, e.s.text, e.s.text.indexOf(e.trigger))
  )
    story.news = true;
  if (e.type === 'session' && e.own && e.date && ASPECT[e.lang].addressVenue?.test(e.trigger))
    story.addressVenue = { date: e.date, planned: e.planned };
}

/** Closes a sentence with events: the time it told is what the next sentences go on at. */
export function leaveSentence(
  story: Story,
  s: Sentence,
  time: ReturnType<typeof sentenceTime>,
): void {
  const dated = time.date;
  if (dated || time.yearless) {
    [story.previous, story.previousYearless] = [dated, dated ? undefined : time.yearless];
    story.previousParagraph = s.paragraph;
    story.previousIndex = s.index;
    story.previousTimex = time.dateTimex;
  }
  if (dated) {
    const past = time.longPast === true;
    const before = story.paragraphPast?.paragraph === s.paragraph ? story.paragraphPast : undefined;
    story.paragraphPast = { paragraph: s.paragraph, past: past && (before?.past ?? true), last: s };
  }
  if (time.done) story.previousDone = time.done;
  if (story.recall && dated) story.recall.date = dated;
  if (story.opened && !story.opened.date && dated && !dated.method.startsWith('publication'))
    story.opened.date = dated;
}

/**
 * A sentence with no event that gives one full date of its own ("В прошлом году авария на ТЭЦ
 * оставила город без тепла", "2024 жылғы 5 наурызда апат болды"): the time the next sentence may
 * go on at ("Тогда Глава государства освободил …", "Сол кезде …").
 */
export function sceneTime(story: Story, s: Sentence, own: readonly DocTimex[]): void {
  const dated = own.filter((t) => /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/u.test(t.value));
  if (dated.length !== 1 || own.length !== 1) return;
  const t = dated[0]!;
  story.previous = {
    edtf: t.value,
    precision: precisionOf(t.value),
    certainty: t.anchor === 'absolute' ? 'stated' : 'resolved',
    method: t.anchor === 'absolute' ? 'explicit' : 'relative-to-publication',
    timex: t.value,
  };
  story.previousYearless = undefined;
  story.previousParagraph = s.paragraph;
  story.previousIndex = s.index;
  story.previousTimex = t;
}

/**
 * The dated sentence right before `s`, for a pronoun opening `s` (newsStory.ts pronounGoesOn): only
 * for a sentence with no date at all ("Он создан по итогам референдума 5 июня 2022 года, на котором
 * …" is told at its own time).
 */
export function justBeforeOf(story: Story, doc: Doc, s: Sentence, ownDates: number) {
  // (And the saying its paragraph or the sentence right before told, and the sentence before in the
  // paragraph: a quotation after them may give their words; and whether the article told news of
  // its own, which alone dates a quotation's tag: quoteTag.ts.)
  const prior = s.index > 0 ? doc.sentences[s.index - 1] : undefined;
  const said = story.saying;
  const saying = {
    ...(said && (said.paragraph === s.paragraph || said.index === s.index - 1)
      ? { sayingBefore: said.date }
      : {}),
    ...(story.news ? { articleNews: true } : {}),
    // (Across a paragraph break too: a quotation opening its paragraph gives the words of the
    // saying the one before ended with, "Депутаты заявили журналистам, что … / «…», – сказал
    // один из них".)
    ...(prior ? { sentenceBefore: prior } : {}),
  };
  if (!story.previous || story.previousIndex !== s.index - 1 || ownDates > 0) return saying;
  const sentence = doc.sentences[s.index - 1]!;
  return { ...saying, justBefore: { date: story.previous, sentence, timex: story.previousTimex } };
}

/** The sentence's text with its date expressions blanked out. */
function withoutDates(s: Sentence, bySentence: Map<number, DocTimex[]>): string {
  let text = s.text;
  for (const t of bySentence.get(s.index) ?? []) {
    const from = t.start - s.start;
    const to = t.end - s.start;
    if (from >= 0 && to <= text.length)
      text = text.slice(0, from) + ' '.repeat(to - from) + text.slice(to);
  }
  return text;
}
