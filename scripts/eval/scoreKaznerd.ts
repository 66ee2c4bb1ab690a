import type { SpanScore } from './scoreSpans';
import { isCalendarAnchored } from './isCalendarAnchored';

/** A span with its class: gold DATE or TIME; predicted DATE (DATE, DURATION, SET) or TIME. */
export interface ClassSpan {
  start: number;
  end: number;
  label: string;
}

export interface KaznerdCounts {
  /** Calendar-anchored DATE, exact spans, precision bucketed as the judging scorer does. */
  calendar: SpanScore;
  /** Every gold DATE span, exact and one-to-one. */
  all: SpanScore;
}

const overlaps = (a: ClassSpan, b: ClassSpan) =>
  Math.max(a.start, b.start) < Math.min(a.end, b.end);
const key = (s: ClassSpan) => `${s.start}:${s.end}`;

function score(tp: number, fp: number, nGold: number, tpGold: number): SpanScore {
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = nGold === 0 ? 0 : tpGold / nGold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn: nGold - tpGold, precision, recall, f1 };
}

/**
 * Scores sentences the way ../shared/kaznerd/scorer/score.py does ("DATE all exact" and "DATE
 * absolute exact"). For the calendar figure a DATE-class prediction is a true positive when it
 * equals an unmatched calendar-anchored gold span, a false positive when it touches no gold
 * DATE/TIME at all or touches a calendar gold span without equalling it (a boundary error), and
 * ignored otherwise (a relative date or a time the calendar figure does not judge).
 * @example scoreKaznerd([{ text: 'биыл', gold: [], pred: [{ start: 0, end: 4, label: 'DATE' }] }]).calendar.fp // 1
 */
export function scoreKaznerd(
  sentences: readonly { text: string; gold: readonly ClassSpan[]; pred: readonly ClassSpan[] }[],
): KaznerdCounts {
  let calTp = 0;
  let calFp = 0;
  let calGold = 0;
  let allTp = 0;
  let allPred = 0;
  let allGold = 0;
  for (const s of sentences) {
    const dates = s.gold.filter((g) => g.label === 'DATE');
    const cal = dates.filter((g) => isCalendarAnchored(s.text.slice(g.start, g.end)));
    const pred = s.pred.filter((p) => p.label === 'DATE');
    calGold += cal.length;
    allGold += dates.length;
    allPred += pred.length;
    const calUsed = new Set<string>();
    const allUsed = new Set<string>();
    const calKeys = new Set(cal.map(key));
    const dateKeys = new Set(dates.map(key));
    for (const p of pred) {
      const k = key(p);
      if (dateKeys.has(k) && !allUsed.has(k)) {
        allUsed.add(k);
        allTp += 1;
      }
      const touchesCal = cal.some((g) => overlaps(p, g));
      const touchesAny = touchesCal || s.gold.some((g) => overlaps(p, g));
      if (calKeys.has(k) && !calUsed.has(k)) {
        calUsed.add(k);
        calTp += 1;
      } else if (!touchesAny || touchesCal) calFp += 1;
    }
  }
  const all = score(allTp, allPred - allTp, allGold, allTp);
  return { calendar: score(calTp, calFp, calGold, calTp), all };
}
