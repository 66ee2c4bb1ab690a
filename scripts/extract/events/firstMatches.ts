/**
 * The first match of every trigger of a lexicon in one sentence: `trigger.pattern.exec(sentence)`
 * for each, but without scanning every character of a text that has few words in it.
 * Almost every trigger starts with the start-of-word guard W, so it can match only where W holds:
 * at the sentence's start or after a character that is no letter or digit. A regex scan still
 * visits every character, 140 times per sentence; on 5 MB of one letter (one "word") that was most
 * of the extractor's time. Where W holds at few places for the sentence's length, each guarded
 * trigger is tried only there, sticky, in order: the leftmost place where it matches is where its
 * own scan would have matched, with the same text. On ordinary prose a scan is cheaper than one
 * call per word, so it is kept (and no sticky copy is ever compiled: V8 stops optimising regexps
 * once a process has compiled about 1 MB of their code).
 */
import { W, W_COMPILED, type Trigger } from './trigger';

/** Characters per word start above which probing the word starts beats scanning. */
const SPARSE = 64;
const WORD_START = new RegExp(`${W}`, 'gu');
const stickies = new WeakMap<RegExp, RegExp>();

function stickyOf(pattern: RegExp): RegExp {
  let sticky = stickies.get(pattern);
  if (!sticky) stickies.set(pattern, (sticky = new RegExp(pattern.source, `${pattern.flags}y`)));
  return sticky;
}

/** Where W holds, if that is at most one place per SPARSE characters; otherwise undefined. */
export function sparseStarts(sentence: string): number[] | undefined {
  if (sentence.length < SPARSE * 16) return undefined;
  const limit = sentence.length / SPARSE;
  const starts: number[] = [];
  WORD_START.lastIndex = 0;
  for (let m = WORD_START.exec(sentence); m; m = WORD_START.exec(sentence)) {
    if (starts.push(m.index) > limit) return undefined;
    WORD_START.lastIndex = m.index + 1; // the match is empty: step on by hand
  }
  return starts;
}

/** `lexicon.map((t) => t.pattern.exec(sentence))`. */
export function firstMatches(
  lexicon: readonly Trigger[],
  sentence: string,
): Array<RegExpExecArray | null> {
  const starts = sparseStarts(sentence);
  return lexicon.map(({ pattern }) => {
    if (!starts || !pattern.source.startsWith(W_COMPILED) || pattern.global)
      return pattern.exec(sentence);
    const sticky = stickyOf(pattern);
    for (const start of starts) {
      sticky.lastIndex = start;
      const m = sticky.exec(sentence);
      if (m) return m;
    }
    return null;
  });
}
