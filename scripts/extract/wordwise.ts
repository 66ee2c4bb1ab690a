/**
 * Tests of a text read word by word, for patterns every match of which is one whole word.
 *
 * Why: most Kazakh tense cues are a word's ending ("өтті", "өткізбек", "өтетін", "өтеді"). Written
 * as one pattern opening with the word-start guard, a test scans the clause from every letter and
 * backtracks through every word for each ending: 10–70 µs a clause, several clauses an event, a
 * fifth of the extractor's time on a long article. A whole word matches or not whatever stands
 * around it, and a language repeats its words: each distinct word is matched once and remembered.
 *
 * An alternative given here must read no character outside its word: it opens with the word-start
 * guard `(?<![\p{L}\p{M}])` and closes with the word-end guard `(?![\p{L}\p{M}])`, consumes
 * letters only, and looks around only inside the word. Then "some word of the text matches it
 * whole" is exactly "the text matches it somewhere": a match starts where no letter stands before
 * and ends where none follows, so it covers one maximal run of letters, which is what the words
 * below are.
 */
import { withExplicitClasses } from './letterClasses';
import { memoByText } from './memoByText';

/** What the tense cues are asked: whether a text holds one. A RegExp is one. */
export interface Test {
  test(text: string): boolean;
}

/**
 * Runs of letters, with the classes and the flags of the guards they stand for (under `iu` a
 * letter class also matches the letters case folding brings in, the Kelvin sign's "k").
 */
const WORD = withExplicitClasses(/[\p{L}\p{M}]+/giu);

/** The words of a text (a clause is tested for several cues in turn, and recurs). */
const wordsOf = memoByText((text): readonly string[] => text.match(WORD) ?? []);

/** Whether some word of a text is one of `alternatives`, each a whole-word pattern (see above). */
export function anyWord(alternatives: readonly string[], flags: string): Test {
  const whole = withExplicitClasses(new RegExp(`^(?:${alternatives.join('|')})$`, flags));
  const isOne = memoByText((word) => whole.test(word));
  return { test: (text) => wordsOf(text).some(isOne) };
}

/**
 * Whether some word of a text is one `isOne` accepts: for a cue that reads more of a word than a
 * pattern under the `i` flag can, as its capital ("Нұрбек" is a name, "өткізбек" a verb).
 */
export function someWord(isOne: (word: string) => boolean): Test {
  const memo = memoByText(isOne);
  return { test: (text) => wordsOf(text).some(memo) };
}

/**
 * Whether any of `tests` holds: a cue of whole words and one of phrases, read each its way (a
 * pattern with its letter classes spelled out, as events/aspect.ts does to the locales' patterns).
 */
export function either(...tests: readonly Test[]): Test {
  const fast = tests.map((t) => (t instanceof RegExp ? withExplicitClasses(t) : t));
  return { test: (text) => fast.some((t) => t.test(text)) };
}
