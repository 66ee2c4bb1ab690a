/**
 * Kazakh event triggers. Stems carry an optional `\p{L}*` tail so that every case and possessive
 * form matches (съезі, съезінде, съезін); Kazakh is verb-final, so verb cues are past or
 * present forms of the reporting verb, named by their stem and read in every form that tells the
 * act, active or passive (verbForms.ts: тағайындалды, қабылданады, өткізбек; not a negation).
 * Order matters: specific cues before generic ones, and
 * verbs of saying last (they count only when nothing more specific does).
 *
 * The cues stand in files by family (triggersVotes.ts, triggersLawsAndDecrees.ts, …), which this
 * list joins in that order; the pieces they share are in triggerPieces.ts.
 */
import type { Trigger } from '../../../events/trigger';
import { KK_VOTE_TRIGGERS } from './triggersVotes';
import { KK_LEAVING_AND_COALITION_TRIGGERS } from './triggersLeavingAndCoalitions';
import { KK_LAW_AND_DECREE_TRIGGERS } from './triggersLawsAndDecrees';
import { KK_MEASURE_TRIGGERS } from './triggersMeasures';
import { KK_OFFICE_AND_REFORM_TRIGGERS } from './triggersOfficesAndReforms';
import { KK_GATHERING_TRIGGERS } from './triggersGatherings';
import { KK_PROPOSAL_AND_PUBLIC_LIFE_TRIGGERS } from './triggersProposalsAndPublicLife';
import { KK_HEARING_VISIT_DIPLOMACY_TRIGGERS } from './triggersHearingsVisitsDiplomacy';
import { KK_COURT_AND_PARDON_TRIGGERS } from './triggersCourtsAndPardons';
import { KK_DATED_STEP_TRIGGERS } from './triggersDatedSteps';
import { KK_STATEMENT_TRIGGERS } from './triggersStatements';

/** The families in lexicon order, as one list (order matters: see above). */
export const KK_TRIGGERS: Trigger[] = [
  ...KK_VOTE_TRIGGERS,
  ...KK_LEAVING_AND_COALITION_TRIGGERS,
  ...KK_LAW_AND_DECREE_TRIGGERS,
  ...KK_OFFICE_AND_REFORM_TRIGGERS,
  ...KK_GATHERING_TRIGGERS,
  ...KK_PROPOSAL_AND_PUBLIC_LIFE_TRIGGERS,
  ...KK_HEARING_VISIT_DIPLOMACY_TRIGGERS,
  ...KK_COURT_AND_PARDON_TRIGGERS,
  // (After the acts a measure may be the content of: a referendum's, a court's.)
  ...KK_MEASURE_TRIGGERS,
  ...KK_DATED_STEP_TRIGGERS,
  ...KK_STATEMENT_TRIGGERS,
];
