/**
 * A law's step told by the finite verb of a Russian subordinate clause of time or cause ("После
 * того как парламент 3 марта принял закон, Токаев 5 марта его подписал"): the clause holds that
 * step's date, the main clause's verb another (events/subordinateActs.ts).
 */
import type { ClauseActs } from '../../../events/subordinateActs';
import { ruClauseSpans } from '../subordinateClauses';
import { RU_ACT_PARTICIPLES } from './actParticiple';

/** A finite step verb (actParticiple.ts), the first in a clause: a copy that keeps no state. */
const FINITE = new RegExp(RU_ACT_PARTICIPLES.finite.source, 'iu');

export const RU_CLAUSE_ACTS: ClauseActs = {
  cheap: RU_ACT_PARTICIPLES.cheap,
  clauses: ruClauseSpans,
  step(text, [from, to]) {
    const m = FINITE.exec(text.slice(from, to));
    return m ? [from + m.index, from + m.index + m[0].length] : undefined;
  },
  finite: RU_ACT_PARTICIPLES.finite,
};
