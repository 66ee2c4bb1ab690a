import type { Event } from '../model/schema';
import { edtfStartMs } from './edtfToParts';

/**
 * Events in reading order for handouts, exports and presentation: by start date (UTC), then
 * coarser dates after finer ones that share the start (2022-03 after 2022-03-01), then by id
 * so that equal dates still give one deterministic order. Returns a new array.
 * @example sortChronological(events).map((e) => e.id)
 */
export function sortChronological<T extends Pick<Event, 'id' | 'date'>>(events: readonly T[]): T[] {
  const keyed = events.map((e) => ({ e, t: safeStart(e.date.edtf), w: e.date.edtf.length }));
  keyed.sort((x, y) => x.t - y.t || y.w - x.w || (x.e.id < y.e.id ? -1 : x.e.id > y.e.id ? 1 : 0));
  return keyed.map((k) => k.e);
}

// An unreadable date sorts last instead of breaking the whole handout.
function safeStart(edtf: string): number {
  try {
    return edtfStartMs(edtf);
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}
