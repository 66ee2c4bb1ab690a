import { DASH, NUMBER, scanTokens, WORD, type TokenTable } from './scanTokens';

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

/** Token objects for table entries [from, to) of `text`. */
export function makeTokens(table: TokenTable, text: string, from: number, to: number): Token[] {
  const tokens: Token[] = [];
  for (let k = from; k < to; k++) {
    const start = table.start[k]!;
    const end = table.end[k]!;
    const t = text.slice(start, end);
    const code = table.kind[k];
    tokens.push({
      start,
      end,
      text: t,
      low: t.toLowerCase(),
      kind: code === WORD ? 'word' : code === NUMBER ? 'number' : code === DASH ? 'dash' : 'punct',
      glued: k > 0 && table.end[k - 1] === start,
    });
  }
  return tokens;
}

/**
 * @example tokenize('2020-сыншы жылы').map((t) => t.text) // ['2020', '-', 'сыншы', 'жылы']
 */
export function tokenize(text: string): Token[] {
  const table = scanTokens(text);
  return makeTokens(table, text, 0, table.count);
}
