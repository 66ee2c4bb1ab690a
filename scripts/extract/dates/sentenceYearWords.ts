/**
 * What sentenceYear.ts asks of a language about a year stated in a sentence and the year-less
 * dates after it. Each locale answers in its own folder (locales/kk/dates/kkSentenceYear.ts,
 * locales/ru/dates/ruSentenceYear.ts); how far a frame reaches is shared.
 */
import { KK_SENTENCE_YEAR } from '../locales/kk/dates/kkSentenceYear';
import { RU_SENTENCE_YEAR } from '../locales/ru/dates/ruSentenceYear';
import type { TagOptions } from './timex';

export interface SentenceYearWords {
  /**
   * A participle right after a date (read in the 40 characters after it) makes the date describe
   * that participle's noun ("2019 жылы құрылған партия"), framing no other date of the sentence.
   */
  describingParticipleAfter?: RegExp;
  /**
   * A sentence telling a story forward names a later month of the year it stated across a comma
   * too ("2023 жылдың қаңтарында тіркелді, ал наурызда …").
   */
  laterMonthAcrossClauses: boolean;
}

export const SENTENCE_YEAR: Record<TagOptions['lang'], SentenceYearWords> = {
  kk: KK_SENTENCE_YEAR,
  ru: RU_SENTENCE_YEAR,
};
