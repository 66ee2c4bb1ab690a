import { escapeRegExp, NOT_BEFORE_WORD } from './boundaries';
import { SPEECH } from './speechWords';
import type { Lang, PersonHit } from './types';

/** `, – деді` right at `from`; returns the offset after the verb or -1. Bounded look-ahead. */
export function speechVerbAt(text: string, from: number, lang: Lang): number {
  const window = text.slice(from, from + 60);
  const alternation = SPEECH[lang].verbs
    .map((v) => escapeRegExp(v).replace(' ', '[ \\u00a0]+'))
    .join('|');
  const m = new RegExp(
    `^[,.!?…]?[ \\u00a0]*[–—-]?[ \\u00a0]*(?:${alternation})${NOT_BEFORE_WORD}`,
    'iu',
  ).exec(window);
  return m ? from + m[0].length : -1;
}

/**
 * The speaker named after a verb of saying: the first person that starts in the same sentence
 * (`деді … меңгерушісі Бауыржан Ибраев.`), or, for a pronoun (`деді ол`), the last person named
 * before the quote began.
 */
export function speakerAfter(
  text: string,
  verbEnd: number,
  quoteStart: number,
  persons: readonly PersonHit[],
  lang: Lang,
): PersonHit | undefined {
  const rest = text.slice(verbEnd, verbEnd + 300);
  const pronoun = new RegExp(
    `^[ \\u00a0]+(?:${SPEECH[lang].pronouns.join('|')})${NOT_BEFORE_WORD}`,
    'iu',
  );
  if (pronoun.test(rest)) return [...persons].reverse().find((p) => p.end <= quoteStart);
  const stop = rest.search(/[.!?\n«]/u);
  const limit = verbEnd + (stop < 0 ? rest.length : stop);
  return persons.find((p) => p.start >= verbEnd && p.start < limit);
}
