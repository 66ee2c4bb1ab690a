/** Groups of event kinds that several rules of the events stage ask about. */
import type { EventType } from '../../../src/model/schema';

/** Votes: they happen on a day of their own. */
export const VOTES: ReadonlySet<EventType> = new Set(['election', 'referendum']);
/** Gatherings: their day dates what is done at them. */
export const GATHERINGS: ReadonlySet<string> = new Set(['meeting', 'session', 'congress']);
/** Votes and gatherings: what a document calls, or a clause says happens, on a day of its own. */
export const VOTES_AND_GATHERINGS: ReadonlySet<string> = new Set([...VOTES, ...GATHERINGS]);
/** Acts that set a day for something else: a decree, a law. */
export const ACTS: ReadonlySet<string> = new Set(['decree', 'law']);
