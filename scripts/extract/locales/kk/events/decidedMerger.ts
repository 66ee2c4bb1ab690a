/**
 * A Kazakh merger or accession decided, agreed or intended, its verbal noun before "туралы" or
 * "жөнінде" and the noun of the decision: "бірігу туралы шешім қабылдады", "партияға қосылу
 * туралы шешім", "бірігу жөнінде келісімге келді". The decision is the day's act; the merger it
 * decides is ahead (a congress and a new registration do it), so that day is not the merger's.
 */

/** About it: the postposition, then a decision, an agreement or an intent. */
const ABOUT_DECISION = String.raw`\s+(?:туралы|жөнінде)\s+(?:шешім|келісім|ниет|уағдаластық)`;

/** The verbal noun "бірігу" read as a merger only so (alone it is also "union", "joining forces"). */
export const KK_MERGER_DECIDED = String.raw`бірігу(?=${ABOUT_DECISION})`;

/** From the cue on (Aspect.ahead): merging or joining, then the decision about it. */
export const KK_DECIDED_JOINING = String.raw`^(?:бірігу|қосылу)${ABOUT_DECISION}`;
