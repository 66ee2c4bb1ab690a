/** Sums of per-article scores, for the summary lines of eval:devset. */
import type { ArticleScore, Verdict } from './score';

export interface Totals {
  timex: [number, number];
  found: [number, number];
  placed: Record<Verdict, number>;
  placedAll: number;
}

export function summarise(scores: ArticleScore[]): Totals {
  const t: Totals = {
    timex: [0, 0],
    found: [0, 0],
    placed: { right: 0, vague: 0, 'wrong-date': 0, 'wrong-kind': 0, 'no-match': 0 },
    placedAll: 0,
  };
  for (const s of scores) {
    t.timex[0] += s.timex.right;
    t.timex[1] += s.timex.total;
    t.found[0] += s.recall.found;
    t.found[1] += s.recall.total;
    for (const k of Object.keys(t.placed) as Verdict[]) {
      t.placed[k] += s.placed[k];
      t.placedAll += s.placed[k];
    }
  }
  return t;
}
