/**
 * Splits text into word, number, dash and punctuation tokens with UTF-16 offsets.
 * Letters and digits are split apart ("2020-сыншы" → 2020, -, сыншы) so that taggers can read
 * the number and its suffix separately; `glued` tells whether whitespace came before a token.
 */
export interface Token {
  start: number;
  end: number;
  text: string;
  /** Lower-cased text (Kazakh/Russian letters lower-case without locale quirks). */
  low: string;
  kind: 'word' | 'number' | 'dash' | 'punct';
  /** True when no whitespace separates this token from the previous one. */
  glued: boolean;
}

// Bounded repeats: a 5 MB run of one letter becomes glued pieces instead of overflowing the stack.
const TOKEN = /(\p{N}{1,64})|([\p{L}\p{M}]{1,256})|([-‐‑‒–—])|[^\s\p{L}\p{N}\p{M}]/gu;

/**
 * @example tokenize('2020-сыншы жылы').map((t) => t.text) // ['2020', '-', 'сыншы', 'жылы']
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let prevEnd = -1;
  for (const m of text.matchAll(TOKEN)) {
    const t = m[0];
    const start = m.index;
    const kind = m[1] ? 'number' : m[2] ? 'word' : m[3] ? 'dash' : 'punct';
    tokens.push({
      start,
      end: start + t.length,
      text: t,
      low: t.toLowerCase(),
      kind,
      glued: start === prevEnd,
    });
    prevEnd = start + t.length;
  }
  return tokens;
}
