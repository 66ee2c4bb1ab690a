/**
 * What whenOf (events/when.ts) reads of an event to date it, the dates the story and the article
 * gave before it among them, and what it answers: a date and status, or why it is not placed.
 */
import type { EventDate, SourceLang, UnplacedReason } from '../../../src/model/schema';
import type { DocTimex } from '../stages/dates';
import type { DocumentDate } from '../stages/documentDate';
import type { Sentence } from '../types';

export interface WhenInput {
  lang: SourceLang;
  sourceId: string;
  sentence: Sentence;
  /** Offset of the trigger within the sentence, and its text. */
  at: number;
  trigger: string;
  /** The sentence's own calendar date expression nearest to the trigger. */
  own?: DocTimex;
  /** A vote named as the one a candidate runs in (TriggerHit.candidacy): ahead of the nominating. */
  candidacy?: boolean;
  /**
   * The date of the next sentence when that sentence reports "about this" ("Ол бұл туралы 19
   * наурызда айтты"): used when the event has no date of its own.
   */
  told?: { timex: DocTimex; sentence: Sentence; dateline?: true };
  /** The nearest earlier date expression of the sentence that states a year. */
  yearBefore?: DocTimex;
  /** The date of the event told just before this one in the article. */
  previous?: EventDate;
  /**
   * The date of the last event told before as done: "В тот же день он подписал указ" after "объявил,
   * что референдум пройдет 6 октября" was done on the day of the saying, not on the day ahead.
   */
  previousDone?: EventDate | undefined;
  /**
   * The time the sentence before with a dated event told, when it is in this sentence's paragraph:
   * one that opens by pointing back at whom it told ("Олармен …") goes on at it (newsStory.ts).
   */
  storyDay?: EventDate;
  /**
   * The sentence right before and the time it told, when it had a dated event and this sentence
   * has no date at all: a past act whose subject is a pronoun opening the sentence goes on at it
   * ("… Жолдау жариялады. Ол … ұсынды").
   */
  justBefore?: { date: EventDate; sentence: Sentence; timex?: DocTimex };
  /**
   * The article told news of its own before this sentence (story.ts news): only then does a
   * quotation's tag with no date of its own take the news day (quoteTag.ts).
   */
  articleNews?: boolean;
  /** The day of the last saying (statement, proposal, Address) the paragraph or the sentence right
   * before told. */
  sayingBefore?: EventDate;
  /** The sentence right before, in the same paragraph or closing the paragraph before. */
  sentenceBefore?: Sentence;
  /**
   * The paragraph's last sentence so far with a dated event, when every dated sentence of the
   * paragraph lies long before publication: an undated act narrated after it is background
   * (newsStory.ts).
   */
  background?: Sentence;
  /** Or its year-less day ("XXXX-02-05"), when the article gives no year for it. */
  previousYearless?: string;
  /** The date of the last decree or law the article dated. */
  lastAct?: EventDate;
  /**
   * The sentence just before, in the same paragraph, recalls the past ("Напомним, 5 февраля …"):
   * this one, with no date of its own, goes on with that recall, on the day it gave if it gave one.
   */
  continuesRecall?: { date?: EventDate };
  /**
   * The sentence goes on in a paragraph that opened with its day ("26 апреля — XXIII съезд. Токаев
   * сложил полномочия …"): that day, when the event has none of its own.
   */
  paragraphDay?: EventDate;
  /** The trigger is an attribute of a noun ("енгізілген өзгерістер"): background unless dated. */
  attributive?: boolean;
  /** The act is told as after an event long past ("После январских событий …"): afterPast.ts. */
  afterPast?: boolean;
  /** The sentence is the article's headline or lead. */
  lead: boolean;
  /**
   * The sentence is someone's answer or speech (its paragraph opens with a dash): what they tell
   * in the past is their story, not the article's news of the day.
   */
  speech?: boolean;
  /**
   * The day the lead gives the article's news, when it is one of the days just before publication
   * ("Семей қаласында кеше … сессиясы өтті"): the report's undated acts happened that day.
   */
  newsDay?: EventDate;
  /**
   * The day of the gathering (a summit, a sitting, a visit, talks) the paragraph dated just before
   * ("Что дал саммит ОТГ 6 ноября? — … Лидеры подписали декларацию"): what is done there, with no
   * date of its own, is done that day; `planned` when the gathering lies ahead.
   */
  gatheringDay?: { date: EventDate; planned: boolean };
  /** The day the article gave the gathering the sentence points back at ("Сол Жолдауда"). */
  thatGathering?: EventDate;
  /** The gathering pointed back at was recalled with no day ("… өткен еді. Сол отырыста …"). */
  thatRecalled?: true;
  /** Elections and referendums happen on a set day: without it they are not placed. */
  vote: boolean;
  /** A one-day kind (a congress, an Address, a decree): never drawn across a publication interval. */
  oneDay: boolean;
  /**
   * A state that lasts (a coalition, a campaign headquarters, a reform, a membership): a range in
   * its sentence is how long it held. Every other event a range dates by its start.
   */
  state?: boolean;
  dct?: DocumentDate;
}

export interface When {
  date?: EventDate;
  status: 'planned' | 'reported';
  undatedReason?: UnplacedReason;
  /** For an unplaced event: the year-less value that keeps its month and day. */
  timex?: string;
}
