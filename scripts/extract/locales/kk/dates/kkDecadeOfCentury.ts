import type { Token } from '../../../dates/tokenize';
import { kkDecadePairAt } from './kkDecadeRange';
import { glueDash } from './kkYearForm';
import { kkPartAt, kkYearWordAt } from './kkWordAt';
import { readKkNumber } from './readKkNumber';

/**
 * "90-жылдары", "тоқсаныншы жылдарында", "60-ыншы жылдарының басында": a decade of the century
 * just named in the genitive ("ХХ ғасырдың", "өткен ғасырдың"), its number round and its year
 * word plural, with the part of it named after a genitive. `decade` is its tens digit (9).
 */
export function kkDecadeOfCenturyAt(
  tokens: readonly Token[],
  i: number,
): { decade: number; endDecade?: number; mod?: string; next: number } | null {
  const n = readKkNumber(tokens, i);
  // "ХХ ғасырдың 60-70 жылдарында": two decades of it.
  if (n?.endValue !== undefined) return kkDecadePairAt(tokens, n, 10);
  if (!n || n.tail !== '') return null;
  if (n.value % 10 !== 0 || n.value < 10 || n.value > 90) return null;
  const word = kkYearWordAt(tokens, glueDash(tokens, n.next) ? n.next + 1 : n.next);
  if (!word || !/^жылдар/u.test(word.low)) return null;
  const part = word.genitive ? kkPartAt(tokens, word.next) : null;
  return { decade: n.value / 10, ...(part && { mod: part.value }), next: part?.next ?? word.next };
}
