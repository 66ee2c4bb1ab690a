/** Which tokens a name may still take: those no place, organisation or caption already holds. */
import type { Token } from './tokenize';
import type { Hit } from './types';

/**
 * For each token (sorted), whether it overlaps none of `spans`: one sweep over both sorted lists,
 * so a long paragraph with many places stays linear (a per-token scan of all spans was quadratic).
 */
export function freeTokens(tokens: readonly Token[], spans: readonly Hit[]): boolean[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const free: boolean[] = [];
  let j = 0;
  for (const t of tokens) {
    while (j < sorted.length && sorted[j]!.end <= t.start) j++;
    let hit = false;
    for (let k = j; k < sorted.length && sorted[k]!.start < t.end; k++) {
      if (sorted[k]!.end > t.start) {
        hit = true;
        break;
      }
    }
    free.push(!hit);
  }
  return free;
}
