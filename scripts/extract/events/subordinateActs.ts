/**
 * Two steps of one law in one sentence, one told in a subordinate clause of time or cause, the
 * other by the main clause, each with its own day: "После того как парламент 3 марта принял закон,
 * Токаев 5 марта его подписал", "Парламент 3 наурызда заңды қабылдағаннан кейін, Тоқаев 5 наурызда
 * оған қол қойды". The lexicon gives the law's cue once, at its noun, which stands in one clause
 * and so took that clause's date for both acts. The grammar gives each act its own: the clause's
 * step verb becomes a cue owning the clause's date (TriggerHit.actDate), the main clause's finite
 * verb another owning the date nearest it outside the clause; the noun's cue, which both stand for,
 * goes. Who does each is read from its own clause (asideClause.ts).
 */
import type { SourceLang } from '../../../src/model/schema';
import { KK_CLAUSE_ACTS } from '../locales/kk/events/clauseAct';
import { RU_CLAUSE_ACTS } from '../locales/ru/events/clauseAct';
import type { DocTimex } from '../stages/dates';
import type { Sentence } from '../types';
import type { TriggerHit } from './findTriggers';
import { isLawCue as isLaw, nearest } from './participleActs';

export interface ClauseActs {
  /** A stem one of the step verbs needs: no other sentence is read further. */
  cheap: RegExp;
  /** The spans [from, to) of the sentence's subordinate clauses. */
  clauses(text: string): [number, number][];
  /** The step verb of the clause [from, to) of `text`, where it stands, if it tells one. */
  step(text: string, clause: [number, number]): [number, number] | undefined;
  /** A finite verb of a law's step (global). */
  finite: RegExp;
}

const BY_LANG: Record<SourceLang, ClauseActs> = { kk: KK_CLAUSE_ACTS, ru: RU_CLAUSE_ACTS };

/** The hits, with a law's steps in a subordinate and a main clause each a cue (see above). */
export function withSubordinateActs(
  lang: SourceLang,
  s: Sentence,
  dates: readonly DocTimex[],
  hits: TriggerHit[],
): TriggerHit[] {
  const grammar = BY_LANG[lang];
  const law = hits.find(isLaw);
  if (!law || dates.length < 2 || !grammar.cheap.test(s.text)) return hits;
  const clauses = grammar.clauses(s.text);
  if (clauses.length === 0) return hits;
  const within =
    ([from, to]: [number, number]) =>
    (t: DocTimex) =>
      t.start - s.start >= from && t.end - s.start <= to;
  const outside = (t: DocTimex) => !clauses.some((c) => within(c)(t));
  const inClause = (at: number) => clauses.some(([from, to]) => at >= from && at < to);
  // (The main clause's finite step verb, the first outside every clause.)
  const verb = [...s.text.matchAll(grammar.finite)].find((m) => !inClause(m.index));
  if (!verb) return hits;
  const verbAt: [number, number] = [verb.index, verb.index + verb[0].length];
  const verbDate = nearest(s, dates.filter(outside), verbAt);
  if (!verbDate) return hits;
  const acts: TriggerHit[] = [];
  for (const clause of clauses) {
    const step = grammar.step(s.text, clause);
    const own = step && nearest(s, dates.filter(within(clause)), step);
    if (!step || !own || own.value === verbDate.value) continue;
    acts.push({ ...law, at: step[0], text: s.text.slice(step[0], step[1]), actDate: own });
  }
  if (acts.length === 0) return hits;
  acts.push({ ...law, at: verbAt[0], text: verb[0], actDate: verbDate });
  return [...hits.filter((h) => !isLaw(h) || h.actDate), ...acts];
}
