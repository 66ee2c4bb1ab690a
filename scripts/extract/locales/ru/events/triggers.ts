/**
 * Russian event triggers: stems with an optional inflection tail, as in the Kazakh lexicon. Order
 * matters: specific cues before generic ones, verbs of saying last (fallback).
 */
import type { Trigger } from '../../../events/trigger';
import { RU_BUDGET_TRIGGERS } from './triggersBudget';
import { RU_VOTE_TRIGGERS } from './triggersCongressesAndVotes';
import { RU_LATE_TRIGGERS } from './triggersCourtsAndWeakCues';
import { RU_MEASURE_TRIGGERS } from './triggersMeasures';
import { RU_MEETING_TRIGGERS } from './triggersMeetingsAndVisits';
import { RU_STATE_ACT_TRIGGERS } from './triggersStateActs';

/** The lexicon in its order: each part's cues come before the next part's. */
export const RU_TRIGGERS: Trigger[] = [
  ...RU_VOTE_TRIGGERS,
  ...RU_BUDGET_TRIGGERS,
  ...RU_STATE_ACT_TRIGGERS,
  ...RU_MEETING_TRIGGERS,
  // (After the acts a measure may be the content of: a referendum's, a court's.)
  ...RU_MEASURE_TRIGGERS,
  ...RU_LATE_TRIGGERS,
];
