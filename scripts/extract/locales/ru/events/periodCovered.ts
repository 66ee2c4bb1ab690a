/**
 * The year a plan or a budget covers, in the genitive right after its noun ("утвердил бюджет
 * 2026 года", "одобрило план 2026–2028 годов"): the span the document is for, not a day of the act
 * done to it, which may come the year before (events/periodCovered.ts).
 */
import type { TriggerHit } from '../../../events/findTriggers';
import type { DocTimex } from '../../../stages/dates';
import type { Sentence } from '../../../types';

/** A noun whose year names the span it covers, in any case: бюджет, план, программа, стратегия, концепция. */
const PERIOD_NOUN = /(?:бюджет|план|программ|стратеги|концепци)\p{L}*$/iu;
/** The year in the genitive, one or a span: "2026 года", "2026–2028 годов". */
const YEAR_GENITIVE = /^\d{4}(?:\s*[–—-]\s*\d{4})?\s+год(?:а|ов)$/u;

/** Whether `t` is the year the plan or budget `hit` names covers. */
export function ruPeriodCovered(s: Sentence, hit: TriggerHit, t: DocTimex): boolean {
  const before = s.text.slice(hit.at, t.start - s.start).trimEnd();
  return (
    YEAR_GENITIVE.test(t.text) &&
    t.start - s.start > hit.at &&
    t.start - s.start <= hit.at + hit.text.length + 1 &&
    PERIOD_NOUN.test(before)
  );
}
