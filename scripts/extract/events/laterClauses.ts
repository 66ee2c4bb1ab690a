/**
 * A sentence that tells two dated acts in two clauses ("одобрен 14 февраля, а сама сессия прошла
 * 15 марта", "21 қаңтарда басталып, 8 ақпанда аяқталады") holds the same cue twice, but the
 * trigger lexicon gives each cue once per sentence (its first match). Each later clause that has
 * a date of its own is read again on its own, and a cue it repeats from an earlier clause is a
 * second act: the hit is added at its place in the sentence, to be dated by its own clause.
 */
import type { SourceLang } from '../../../src/model/schema';
import { SHORT_PASSIVE } from '../locales/ru/ruVerbForms';
import type { DocTimex } from '../stages/dates';
import type { Sentence } from '../types';
import { findTriggers as findCached } from './cached';
import { findTriggers, type TriggerHit } from './findTriggers';

/** Where a new clause starts: a comma or a semicolon before a conjunction, or a semicolon alone. */
const CLAUSE: Record<SourceLang, RegExp> = {
  // (Also a short passive coordinated by a comma or a bare "и", as bills go from step to step:
  // "принят Мажилисом 5 марта, одобрен Сенатом 20 марта и подписан президентом 2 апреля".)
  ru: new RegExp(
    String.raw`(?:,\s+(?:а|и|но|однако|затем)|;)\s+|(?:,|\s+и)\s+(?=${SHORT_PASSIVE}(?![\p{L}]))`,
    'giu',
  ),
  // (Also a converb closing its clause: "басталып, 8 ақпанда аяқталады"; or a finite verb, as
  // Kazakh ends a clause with its verb: "бүгін басталды, ол 14 наурызда аяқталады".)
  kk: /(?:,\s+(?:ал|және|бірақ|кейін)|(?<=\p{L}п|\p{L}{2}(?:ды|ді|ты|ті))\s*,|;)\s+/giu,
};

/** The sentence's trigger hits, with those its later dated clauses repeat. */
export function sentenceHits(lang: SourceLang, s: Sentence, dates: DocTimex[]): TriggerHit[] {
  const hits = findCached(s.text, lang);
  if (dates.length < 2 || hits.length === 0) return hits;
  const out = [...hits];
  // (matchAll iterates a copy of the regex: the shared one keeps no state.)
  for (const m of s.text.matchAll(CLAUSE[lang])) {
    const from = m.index + m[0].length;
    const datedAfter = dates.some((t) => t.start - s.start >= from);
    const datedBefore = dates.some((t) => t.end - s.start <= m.index);
    if (!datedAfter || !datedBefore) continue;
    for (const h of findTriggers(s.text.slice(from), lang, s.text)) {
      const at = from + h.at;
      const same = (o: TriggerHit) =>
        o.trigger.type === h.trigger.type && o.trigger.facet === h.trigger.facet;
      const repeats = out.some((o) => same(o) && o.at < m.index);
      const known = out.some((o) => same(o) && o.at === at);
      if (repeats && !known) out.push({ ...h, at });
    }
  }
  return out;
}
