import type { Event } from '../model/schema';
import { DAY_MS, edtfToRange, fitDomain, type Domain, type TimeRange } from '../timeline';

/** Date ranges of the events the timeline can draw (unreadable dates are skipped). */
export function rangesOf(events: readonly Event[]): TimeRange[] {
  return events.flatMap((e) => {
    const r = edtfToRange(e.date.edtf);
    return r === null ? [] : [r];
  });
}

/** The fit-all view: every event with a margin, or the current year when there are none. */
export function fullDomainOf(events: readonly Event[], nowMs: number): Domain {
  const fitted = fitDomain(rangesOf(events), 0.05, 30 * DAY_MS);
  if (fitted !== null) return fitted;
  const y = new Date(nowMs).getUTCFullYear();
  return [Date.UTC(y, 0, 1), Date.UTC(y + 1, 0, 1)];
}
