import type { TokenMatch } from '../../../dates/tagger';
import type { Token } from '../../../dates/tokenize';
import { kkPartAt, kkYearWordAt } from './kkWordAt';
import { glueDash } from './kkYearForm';
import type { KkNumber } from './readKkNumber';

/**
 * Two round tens joined by a dash, before the plural "жылдар…": "80-90 жылдары", "60-70-жылдардағы",
 * "сексенінші-тоқсаныншы жылдарда". Each is a decade, as a lone "90-жылдары" is (shortYear in
 * kkYearForm.ts), so the pair is a span of two decades; counts of years ("80-90 жыл", 80 to 90
 * years) take the singular. Under 30 the century is unclear ("20-30 жылдары"), as for one decade.
 * `decades` gives their tens digits (8, 9) and where the year word ends, with a part of the span
 * named after a genitive ("60-70 жылдардың басында").
 */
export function kkDecadePairAt(
  tokens: readonly Token[],
  n: KkNumber,
  minimum = 30,
): { decade: number; endDecade: number; mod?: string; next: number } | null {
  if (n.endValue === undefined || n.tail !== '') return null;
  const round = (v: number) => v % 10 === 0 && v >= minimum && v <= 90;
  if (!round(n.value) || !round(n.endValue)) return null;
  const word = kkYearWordAt(tokens, glueDash(tokens, n.next) ? n.next + 1 : n.next);
  if (!word || !/^жылдар/u.test(word.low)) return null;
  const part = word.genitive || word.low === 'жылдар' ? kkPartAt(tokens, word.next) : null;
  return {
    decade: n.value / 10,
    endDecade: n.endValue / 10,
    ...(part && { mod: part.value }),
    next: part?.next ?? word.next,
  };
}

/** The same pair read as decades of the 20th century, the one a bare "90-жылдары" names. */
export function kkDecadeRange(tokens: readonly Token[], i: number, n: KkNumber): TokenMatch | null {
  const pair = kkDecadePairAt(tokens, n);
  if (!pair) return null;
  const reading = {
    kind: 'cal' as const,
    parts: { decade: 190 + pair.decade },
    end: { decade: 190 + pair.endDecade },
    ...(pair.mod && { mod: pair.mod }),
  };
  return { from: i, to: pair.next, reading };
}
