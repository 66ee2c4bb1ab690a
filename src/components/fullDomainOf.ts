import type { Event } from '../model/schema';
import { edtfRange } from '../model/queries/edtfRange';
// The pure domain module directly, not the timeline barrel: the barrel pulls the edtf parser
// and d3 into the first chunk, which the lazy timeline chunk loads anyway.
import { DAY_MS, fitDomain, type Domain } from '../timeline/domain';

/** Date ranges (UTC ms) of the events; unreadable dates are skipped. */
export function rangesOf(events: readonly Event[]): { start: number; end: number }[] {
  return events.flatMap((e) => {
    const r = edtfRange(e.date.edtf);
    return r === null ? [] : [{ start: r[0], end: r[1] }];
  });
}

/** The fit-all view: every event with a margin, or the current year when there are none. */
export function fullDomainOf(events: readonly Event[], nowMs: number): Domain {
  const fitted = fitDomain(rangesOf(events), 0.05, 30 * DAY_MS);
  // Labels run to the right of their marks: leave room for the last events' titles.
  if (fitted !== null) return [fitted[0], fitted[1] + (fitted[1] - fitted[0]) * 0.12];
  const y = new Date(nowMs).getUTCFullYear();
  return [Date.UTC(y, 0, 1), Date.UTC(y + 1, 0, 1)];
}
