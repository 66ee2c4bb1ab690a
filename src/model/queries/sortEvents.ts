import type { Event } from '../schema';
import { edtfRange } from './edtfRange';

/** Start of an event's date range in UTC ms; unparseable dates sort last. */
export function eventStartMs(event: Event): number {
  return edtfRange(event.date.edtf)?.[0] ?? Number.POSITIVE_INFINITY;
}

/**
 * Chronological order, the same as the timeline's: by start of the date range, then by id,
 * so that the order is stable across reloads. Returns a new array.
 */
export function sortEvents(events: readonly Event[]): Event[] {
  // Each start once, not twice per comparison (100,000 events: 3.4 million readings).
  const start = new Map(events.map((e) => [e, eventStartMs(e)]));
  return [...events].sort((a, b) => {
    const d = start.get(a)! - start.get(b)!;
    if (d !== 0 && !Number.isNaN(d)) return d;
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
}

/** The [start, end] span (UTC ms) that fits every event, or null for no datable events. */
export function fullDomainOf(events: readonly Event[]): [number, number] | null {
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (const e of events) {
    const r = edtfRange(e.date.edtf);
    if (r === null) continue;
    lo = Math.min(lo, r[0]);
    hi = Math.max(hi, r[1]);
  }
  return lo <= hi ? [lo, hi] : null;
}
