/** Groups of event kinds that several rules of the events stage ask about. */
import type { EventType } from '../../../src/model/schema';
import type { Trigger } from './trigger';

/** Votes: they happen on a day of their own. */
export const VOTES: ReadonlySet<EventType> = new Set(['election', 'referendum']);
/** Gatherings: their day dates what is done at them. */
export const GATHERINGS: ReadonlySet<string> = new Set(['meeting', 'session', 'congress']);
/** Votes and gatherings: what a document calls, or a clause says happens, on a day of its own. */
export const VOTES_AND_GATHERINGS: ReadonlySet<string> = new Set([...VOTES, ...GATHERINGS]);
/** Acts that set a day for something else: a decree, a law. */
export const ACTS: ReadonlySet<string> = new Set(['decree', 'law']);
/** Kinds that are something said: a statement, a proposal, an Address. */
export const SAYINGS: ReadonlySet<string> = new Set(['statement', 'proposal', 'address']);
/**
 * Acts done at a gathering that tell the sentence's event themselves: "отырысында ант берді",
 * "саммитінде … қайта аталды", "на саммите стала членом". The gathering named as their place is
 * only where they were done. (A law passed or a proposal made at a sitting is not listed: the
 * annotators mostly keep the sitting as an event of its own beside them.)
 */
export const DONE_AT_A_GATHERING: ReadonlySet<string> = new Set([
  'inauguration',
  'renaming',
  'membership',
]);
/**
 * Gatherings that are only the place of what is done at them. Not a congress: a party's congress
 * is the party acting, and what it does is told of the congress too ("на XXII съезде «Нур Отан»
 * переименован").
 */
export const PLACES_OF_ACTS: ReadonlySet<string> = new Set(['meeting', 'session']);

/**
 * Whether two cues tell events of different kinds: of different types, or both of the kind
 * 'other' with different facets ("почтили память жертв январских событий 2022 года" commemorates
 * today the events of 2022).
 */
export const otherKind = (a: Pick<Trigger, 'type' | 'facet'>, b: Pick<Trigger, 'type' | 'facet'>) =>
  a.type !== b.type || (a.type === 'other' && a.facet !== b.facet);

/**
 * A bill's reading ("в первом чтении", "бірінші оқылымда") is a step of the bill told before it,
 * never what a law is about: "законопроект о рекламе в первом чтении" reads as "закон о …" up to
 * the cue, but the reading is the event (events/findTriggers.ts, the topic context).
 */
export const stepOfBill = (t: Pick<Trigger, 'type' | 'facet'>) =>
  t.type === 'law' && t.facet === 'reading';
