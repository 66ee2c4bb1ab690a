/**
 * A congress a decision convenes ("принял решение о созыве съезда", "съезд шақыру туралы шешім
 * қабылдады") is an event of its own, ahead of the decision and on no day the sentence gives
 * (its day is the decision's): one more candidate, planned and undated, beside the decision.
 * It joins the congress the article dates elsewhere, as any undated report of it does.
 */
import type { Candidate } from './candidate';
import { subjectOf } from './describe';

export function withConvenedCongresses(list: Candidate[]): Candidate[] {
  return list.flatMap((c) => {
    if (c.args.decidedGathering?.what !== 'congress') return [c];
    const { date: _d, dateSource: _s, undatedTimex: _t, undatedAt: _a, ...rest } = c;
    // (An extraordinary one stays so: "о проведении внеочередного съезда".)
    const args = c.args.decidedGathering.extraordinary === true ? { extraordinary: true } : {};
    const base = { ...rest, type: 'congress' as const, facet: 'congress', args };
    const congress: Candidate = {
      ...base,
      generic: false,
      subject: subjectOf(base),
      status: 'planned',
      undatedReason: 'planned-no-date',
      quotes: [],
      figures: [],
    };
    return [c, congress];
  });
}
