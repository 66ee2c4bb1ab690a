import type { Grammar, TokenMatch } from './tagger';
import type { Token } from './tokenize';

/**
 * Scans left to right; at each token keeps the longest match of any tagger (the earlier tagger
 * on a tie), extends it, and resumes after it, so matches never overlap.
 * @example findMatches(tokenize('2022 жылы'), kkGrammar) // [{ from: 0, to: 2, reading: … }]
 */
export function findMatches(tokens: readonly Token[], grammar: Grammar): TokenMatch[] {
  const out: TokenMatch[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (t.kind !== 'number' && (t.kind !== 'word' || !grammar.mayStart(t.low))) {
      i += 1;
      continue;
    }
    let best: TokenMatch | null = null;
    for (const tagger of grammar.taggers) {
      const m = tagger(tokens, i);
      if (m && m.to > m.from && (!best || m.to > best.to)) best = m;
    }
    if (!best) {
      i += 1;
      continue;
    }
    const grown = grammar.extend(tokens, best);
    out.push(grown);
    i = grown.to;
  }
  return out;
}
