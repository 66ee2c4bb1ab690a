/**
 * A sentence that tells two dated acts in two clauses ("одобрен 14 февраля, а сама сессия прошла
 * 15 марта", "21 қаңтарда басталып, 8 ақпанда аяқталады") holds the same cue twice, but the
 * trigger lexicon gives each cue once per sentence (its first match). Each later clause that has
 * a date of its own is read again on its own, and a cue it repeats from an earlier clause is a
 * second act: the hit is added at its place in the sentence, to be dated by its own clause.
 */
import { isRubricLine } from './rubricLine';
import type { SourceLang } from '../../../src/model/schema';
import { FINITE_PAST, PREFIXED_FUTURE, SHORT_PASSIVE } from '../locales/ru/ruVerbForms';
import type { DocTimex } from '../stages/dates';
import type { Sentence } from '../types';
import { findTriggers as findCached } from './cached';
import { withoutTallies } from './counted';
import { findTriggers, type TriggerHit } from './findTriggers';
import { hitsTakenUp, withTakenUp } from './takenUp';
import { withParticipleActs } from './participleActs';
import { withGappedClauses } from './gappedClauses';
import { withMainClauseAgain } from './phraseCueAgain';
import { withSubordinateActs } from './subordinateActs';
import { withCoordinateActs } from './coordinateActs';

/** Where a new clause starts: a comma or a semicolon before a conjunction, or a semicolon alone. */
const CLAUSE: Record<SourceLang, RegExp> = {
  // (Also a short passive coordinated by a comma or a bare "и", as bills go from step to step:
  // "принят Мажилисом 5 марта, одобрен Сенатом 20 марта и подписан президентом 2 апреля"; and the
  // entry into force after a bare "и", finite or a participle: "подписан 20 апреля 2023 года и
  // вступил в силу 1 июля", "закон, подписанный 20 апреля и вступивший в силу 1 июля". A
  // participle after "и" is a second predicate (ruVerbForms.ts AND_PREDICATE), so the date before
  // it is the first one's, not the nearer one of the entry into force.)
  // (And a finite verb right after a bare "и", past or perfective future, as a step is begun and
  // ended: "Сбор подписей начался 22 сентября и завершится 11 октября"; the "и" joins two
  // predicates of one subject, each with its date, as AND_PREDICATE reads them for dating.)
  ru: new RegExp(
    String.raw`(?:,\s+(?:а|и|но|однако|затем)|;)\s+|(?:,|\s+и)\s+(?=${SHORT_PASSIVE}(?![\p{L}]))|\s+и\s+(?=вступ(?:ил|ила|ило|или|ит|ят|ает|ают|ивш\p{L}+)\s+в\s+силу)|\s+и\s+(?=(?:${FINITE_PAST}|${PREFIXED_FUTURE})(?![\p{L}]))`,
    'giu',
  ),
  // (Also a converb closing its clause: "басталып, 8 ақпанда аяқталады"; or a finite verb, as
  // Kazakh ends a clause with its verb: "бүгін басталды, ол 14 наурызда аяқталады".)
  // (Or a finite past verb and a bare "және": "5 наурызда қол қойылды және 15 наурызда күшіне енді".)
  kk: /(?:,\s+(?:ал|және|бірақ|кейін)|(?<=\p{L}п|\p{L}{2}(?:ды|ді|ты|ті))\s*,|(?<=\p{L}{2}(?:ды|ді|ты|ті))\s+және|;)\s+/giu,
};

/** The sentence's trigger hits, with those its later dated clauses repeat. */
export function sentenceHits(
  lang: SourceLang,
  s: Sentence,
  dates: DocTimex[],
  before: readonly Sentence[] = [],
): TriggerHit[] {
  // (A line of one word is a rubric, no report: rubricLine.ts.)
  if (isRubricLine(s.text)) return [];
  // (Less a count of acts over a span, a statistic: events/counted.ts.)
  const cached = withoutTallies(lang, s, findCached(s.text, lang), dates);
  // (With the cues the sentence before completes: a law named there, taken up by a pronoun here.)
  const hits = withTakenUp(cached, hitsTakenUp(s.text, lang, before));
  if (dates.length < 2 || hits.length === 0) return hits;
  const out = [...hits];
  // (matchAll iterates a copy of the regex: the shared one keeps no state.)
  for (const m of s.text.matchAll(CLAUSE[lang])) {
    const from = m.index + m[0].length;
    const datedAfter = dates.some((t) => t.start - s.start >= from);
    const datedBefore = dates.some((t) => t.end - s.start <= m.index);
    if (!datedAfter || !datedBefore) continue;
    const later = findTriggers(s.text.slice(from), lang, s.text);
    // "… одобрен в первом чтении 14 февраля и принят 3 апреля": a bare short passive with a date
    // of its own and no cue is the bill's next step, told of the bill the sentence named.
    const bill = out.find((o) => o.trigger.type === 'law' && o.trigger.facet === 'law');
    if (
      later.length === 0 &&
      bill &&
      bill.at < m.index &&
      BARE_STEP[lang]?.test(s.text.slice(from)) &&
      !out.some((o) => o.at === from)
    )
      out.push({ ...bill, at: from });
    for (const h of later) {
      const at = from + h.at;
      const same = (o: TriggerHit) =>
        o.trigger.type === h.trigger.type && o.trigger.facet === h.trigger.facet;
      const repeats = out.some((o) => same(o) && o.at < m.index);
      const known = out.some((o) => same(o) && o.at === at);
      if (repeats && !known) out.push({ ...h, at });
    }
  }
  // "Созданная на съезде в 2019 году партия провела съезд 5 марта": a cue in a participle phrase
  // told again in the main clause (phraseCueAgain.ts).
  withMainClauseAgain(lang, s, hits, out);
  // "Мажилис одобрил его 4 июня, Сенат – 26 июня": one act of two doers, each with its date, the
  // verb written once (gappedClauses.ts).
  withGappedClauses(lang, s, dates, hits, out);
  // (A law's step told by a participle, and another by the finite verb: participleActs.ts; or
  // one by a subordinate clause, another by the main clause: subordinateActs.ts; or each by a
  // coordinate clause of its own: coordinateActs.ts.)
  const acts = withSubordinateActs(lang, s, dates, withParticipleActs(lang, s, dates, out));
  return withCoordinateActs(lang, s, dates, acts);
}

/** A clause that is a short passive with its date and nothing more of an act ("принят 3 апреля"). */
const BARE_STEP: Record<SourceLang, RegExp | undefined> = {
  ru: new RegExp(
    String.raw`^${SHORT_PASSIVE}(?![\p{L}])(?:\s+[\p{L}]+){0,2}\s+(?:\d|в\s+(?:\d|январ|феврал|март|апрел|ма[ея]|июн|июл|август|сентябр|октябр|ноябр|декабр))`,
    'iu',
  ),
  kk: undefined,
};
