/**
 * The temporal tagger's output: TimeML TIMEX3-style expressions with character offsets.
 * Shared by the tagger (scripts/extract/dates, locales/<lang>/dates) and the pipeline.
 */
export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

/** The finest unit the text itself pins down. */
export type TimexGranularity =
  | 'time'
  | 'day'
  | 'week'
  | 'month'
  | 'season'
  | 'year'
  | 'decade'
  | 'century'
  | 'ref'
  | 'duration'
  | 'set';

export interface Timex {
  /** [start, end) in UTF-16 code units of the tagged text; spans cover whole words. */
  start: number;
  end: number;
  text: string;
  type: TimexType;
  /**
   * TIMEX3 value resolved against the document creation time when one is given:
   * 2022, 2022-03, 2022-03-01, 2022-SP, 2022-W10, 2022-03-01T19:00, XXXX-11-20 (no year knowable),
   * P3M, P23Y, PRESENT_REF, PAST_REF, FUTURE_REF, P1Y (SET with `set`); 2022/2023 for years
   * joined by a dash, as tagDates gives them (its own stages and the pipeline's read the start
   * here and the end in `endValue`: dates/interval.ts).
   */
  value: string;
  granularity: TimexGranularity;
  /**
   * absolute: every part the value holds was written in the text;
   * dct: some parts (year, or the whole date for "today", "last year") came from the DCT;
   * context: no DCT was given and the year came from a date stated elsewhere in the text;
   * none: needed a DCT that was not given (value holds X placeholders or a *_REF).
   */
  anchor: 'absolute' | 'dct' | 'context' | 'none';
  /** For ranges ("15–16 наурыз", "2022–2026 жылдары"): the value of the range's end. */
  endValue?: string;
  /** TIMEX3 mod, e.g. APPROX, START, END, MID, BEFORE, AFTER. */
  mod?: string;
  /** The publication's month and day in the year written ("2019 жылы осы күні"): dates/anniversary.ts. */
  anniversary?: true;
  /**
   * A year that a "this day in history" section puts on the publication's day (dates/thisDaySection.ts):
   * the value stays the year the text writes, and the event stage dates by this day.
   */
  thisDay?: string;
  /** Tense/aspect cue used to choose the year for a year-less date: future, past or none. */
  direction?: 'future' | 'past';
}

export interface TagOptions {
  lang: 'kk' | 'ru';
  /** Document creation time, YYYY-MM-DD (or YYYY-MM-DDTHH:mm). Never read from the clock. */
  dct?: string;
  /** The last full date told before this text (the paragraphs before): "the next day" counts from it. */
  before?: string;
  /** The year the text last stated before this text (as a number written, not a "today"): "сол жылы" is it. */
  beforeYear?: string;
  /** The text right after this one (the next paragraph): what a heading at its end is over. */
  after?: string;
}
