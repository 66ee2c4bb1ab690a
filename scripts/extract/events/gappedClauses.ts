/**
 * One act told of two doers, each with its day, the verb written once: "Мажилис одобрил
 * законопроект 5 февраля, Сенат — 20 февраля", "…, а Сенат 20 февраля", "Мәжіліс заң жобасын 5
 * ақпанда, Сенат 20 ақпанда мақұлдады", "…, Сенат – 20 ақпанда". The clause without its verb
 * (Russian leaves it out of the later clause, Kazakh, which ends a clause with its verb, out of
 * the earlier one) repeats the act of the other: each clause is a cue of its own, dated by its own
 * clause (locales/<lang>/events/gapping.ts).
 */
import type { SourceLang } from '../../../src/model/schema';
import { KK_GAPPING } from '../locales/kk/events/gapping';
import { RU_GAPPING } from '../locales/ru/events/gapping';
import type { DocTimex } from '../stages/dates';
import type { Sentence } from '../types';
import type { TriggerHit } from './findTriggers';

export interface Gapping {
  /**
   * Where a later clause without its verb starts, its doer and its date left (global): "…, Сенат —
   * 20 февраля", "…, а Сенат 20 февраля.".
   */
  later: RegExp;
  /**
   * Where a clause starts after an earlier one that ends on its date, the verb both share told
   * after (global, read right after that date): "Мәжіліс … 5 ақпанда, Сенат 20 ақпанда мақұлдады".
   */
  afterDate?: RegExp;
}

const BY_LANG: Record<SourceLang, Gapping> = { kk: KK_GAPPING, ru: RU_GAPPING };

/** The hits, each repeated in the clause of a gapped pair that has none (see above). */
export function withGappedClauses(
  lang: SourceLang,
  s: Sentence,
  dates: readonly DocTimex[],
  hits: readonly TriggerHit[],
  out: TriggerHit[],
): void {
  const { later, afterDate } = BY_LANG[lang];
  const add = (h: TriggerHit, at: number) => {
    if (!out.some((o) => o.trigger === h.trigger && o.at === at)) out.push({ ...h, at });
  };
  for (const m of s.text.matchAll(later)) {
    const from = m.index + m[0].length;
    if (!dates.some((t) => t.start - s.start >= from)) continue;
    for (const h of hits) if (h.at < m.index) add(h, from);
  }
  if (!afterDate) return;
  for (const t of dates) {
    const end = t.end - s.start;
    const m = afterDate.exec(s.text.slice(end));
    if (!m || !dates.some((o) => o.start - s.start >= end + m[0].length)) continue;
    // (The earlier clause runs from the clause before it: its own cue stands there.)
    const open = Math.max(s.text.lastIndexOf(',', t.start - s.start - 1), -1) + 1;
    const from = end + m[0].length;
    for (const h of hits) add(h, h.at < end ? from : open);
  }
}
