import type { CharMatch } from '../locales/common/numericDateTagger';
import type { AnchorTest } from './findRegions';
import type { Reading } from './reading';
import type { Token } from './tokenize';

/** A tagger's find: tokens [from, to) and what they mean. */
export interface TokenMatch {
  from: number;
  to: number;
  reading: Reading;
}

/** One date format: looks for an expression that starts at token `i`. */
export type Tagger = (tokens: readonly Token[], i: number) => TokenMatch | null;

/** A language's grammar: its format taggers, tried in order (earlier wins ties), and a
 * step that grows a match over trailing words such as postpositions ("дейін", "назад"). */
export interface Grammar {
  taggers: readonly Tagger[];
  /** Every expression contains a number or an anchor word; taggers run only near them. */
  isAnchor: AnchorTest;
  /** Cheap pre-check: can an expression start with this word? (Numbers always may.) */
  mayStart: (low: string) => boolean;
  extend: (tokens: readonly Token[], match: TokenMatch) => TokenMatch;
  /** True when [start, end) of `text` is words of a name, not a date: a work's quoted title. */
  inName?: (text: string, start: number, end: number) => boolean;
  /**
   * Dates only a line of their own makes: a heading month that in a sentence would be a common
   * word ("Наурыз" over a review's March). `after` is the paragraph after `text`.
   */
  headings?: (text: string, after?: string) => readonly CharMatch[];
  /** Guesses the tense around the expression [start, end): decides the year of year-less dates. */
  direction: (text: string, start: number, end: number) => 'future' | 'past' | undefined;
  /**
   * Read right after a full date: the date is the day of an act only named, told in no tense, and
   * the verb after it is another's (fullDateTense.ts).
   */
  untensedAfter?: RegExp;
  /**
   * Two dates told as when one act starts and when it ends, by verbs ("началось 22 сентября и
   * завершится 11 октября", "22 қыркүйекте басталып, 11 қазанда аяқталады"): one span, whose start
   * is not after its end (rangeEnds.ts). Given the text before, between and after the two dates.
   */
  spanByVerbs?: (before: string, between: string, after: string) => boolean;
}
