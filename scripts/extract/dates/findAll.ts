import { numericDateTagger, type CharMatch } from '../locales/common/numericDateTagger';
import { findMatches } from './findMatches';
import { findRegions } from './findRegions';
import { scanTokens } from './scanTokens';
import type { Grammar } from './tagger';
import { makeTokens } from './tokenize';

const NUMERIC_HINT = /\d[.:/-]\d/u;

/** Joins two start-sorted lists; a token match that overlaps a numeric date gives way to it. */
function mergeByStart(numeric: CharMatch[], fromTokens: CharMatch[]): CharMatch[] {
  const out: CharMatch[] = [];
  let k = 0;
  for (const c of fromTokens) {
    while (k < numeric.length && numeric[k]!.end <= c.start) out.push(numeric[k++]!);
    const n = numeric[k];
    if (n && n.start < c.end) continue;
    out.push(c);
  }
  while (k < numeric.length) out.push(numeric[k++]!);
  return out;
}

/**
 * Matches of the numeric and the token taggers, in text order, each run only on the regions
 * around numbers and anchor words (findRegions): most of a long text is skipped after one
 * cheap scan. `whole` tags the whole text as one region, to test that skipping loses nothing.
 */
export function findAll(text: string, grammar: Grammar, whole = false): CharMatch[] {
  const table = scanTokens(text);
  const numeric: CharMatch[] = [];
  const fromTokens: CharMatch[] = [];
  const regions: Array<[number, number]> = whole
    ? [[0, table.count]]
    : findRegions(table, text, grammar.isAnchor);
  for (const [from, to] of regions) {
    if (from === to) continue;
    const tokens = makeTokens(table, text, from, to);
    const at = tokens[0]!.start;
    // Numeric dates and clock times have a digit, then ".", "-", "/" or ":", then a digit: most
    // regions have none ("2022 жылы"), and this test is far cheaper than the taggers' regexes.
    const slice = text.slice(at, tokens.at(-1)!.end);
    if (NUMERIC_HINT.test(slice))
      for (const m of numericDateTagger(slice))
        numeric.push({ start: m.start + at, end: m.end + at, reading: m.reading });
    for (const m of findMatches(tokens, grammar))
      fromTokens.push({
        start: tokens[m.from]!.start,
        end: tokens[m.to - 1]!.end,
        reading: m.reading,
      });
  }
  return mergeByStart(numeric, fromTokens);
}
