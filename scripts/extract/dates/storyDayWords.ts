/**
 * What nextDay.ts asks of a language about the days a story counts from the day it has just told:
 * "the next day", "that day", "that year", "days later", "the eve". Each locale answers in its own
 * folder (locales/kk/dates/kkStoryDays.ts, locales/ru/dates/ruStoryDays.ts); counting the days is
 * shared.
 */
import { KK_STORY_DAYS } from '../locales/kk/dates/kkStoryDays';
import { RU_STORY_DAYS } from '../locales/ru/dates/ruStoryDays';
import type { TagOptions } from './timex';

export interface StoryDayWords {
  /** A timex's whole text that names the day after the one told ("келесі күні", "наутро"). */
  nextDay: RegExp;
  /** A day-timex's text that is the day after an event named before it ("сайлаудан кейінгі күні"). */
  dayAfterEvent?: RegExp;
  /**
   * The words that name a day counted from the publication date and that an apposition may name
   * by its date ("кеше, 5 наурызда", "накануне, 27 ноября"): alternatives, matched whole.
   */
  dayWords: RegExp;
  /** A timex's whole text that names the day told ("сол күні", "в тот же день"). */
  sameDay: RegExp;
  /**
   * "That year" around a month or day ("сол жылдың қыркүйегінде", "в сентябре того же года"):
   * read in the 40 characters `before` it, the 20 `after` it, or in its `own` text.
   */
  sameYear: { before: RegExp; after: RegExp; own: RegExp };
  /** A bare reference to the year or the month told ("сол жылы", "сол айда"); "ай" says a month. */
  samePeriod?: RegExp;
  /** A timex's text that counts days or weeks after the day told ("четыре дня спустя"). */
  later: RegExp;
  /**
   * A timex's text that counts days or weeks from now in news, but from the day told when it
   * directly follows a full date in its sentence ("подписан 5 марта и вступил в силу через десять
   * дней" is 15 March): the span is then told of that dated act.
   */
  laterInSentence?: RegExp;
  /**
   * "The eve" of the day this paragraph told (`word`, "Накануне"), unless that day was told in a
   * relative clause (`asideBefore`, read in the 80 characters before it): then a background day.
   */
  eve?: { word: RegExp; asideBefore: RegExp };
  /** The noun of the event "the next day" follows: in the 40 characters `after` or `before` it. */
  eventAfter: { before: RegExp; after: RegExp };
  /**
   * The word after the event's noun, left bare, that it only describes ("сайлау комиссиясы": the
   * commission, no election), where the language puts a describing noun bare before a possessed one.
   */
  describedAfterBare?: RegExp;
}

export const STORY_DAYS: Record<TagOptions['lang'], StoryDayWords> = {
  kk: KK_STORY_DAYS,
  ru: RU_STORY_DAYS,
};
