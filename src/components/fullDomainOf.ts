import type { Event } from '../model/schema';
import { edtfRange } from '../model/queries/edtfRange';
// The pure modules directly, not the timeline barrel: the barrel pulls the edtf parser
// and d3 into the first chunk, which the lazy timeline chunk loads anyway.
import { DAY_MS, fitDomain, roundToDays, type Domain } from '../timeline/domain';
import { firstViewOf } from '../timeline/firstView';
import { createTimeWarp } from '../timeline/timeWarp';

/** Date ranges (UTC ms) of the events; unreadable dates are skipped. */
export function rangesOf(events: readonly Event[]): { start: number; end: number }[] {
  return events.flatMap((e) => {
    const r = edtfRange(e.date.edtf);
    return r === null ? [] : [{ start: r[0], end: r[1] }];
  });
}

const currentYear = (nowMs: number): Domain => {
  const y = new Date(nowMs).getUTCFullYear();
  return [Date.UTC(y, 0, 1), Date.UTC(y + 1, 0, 1)];
};

/** The fit-all view (the zoom-out limit): every event with a margin, or the current year. */
export function fullDomainOf(events: readonly Event[], nowMs: number): Domain {
  return fitDomain(rangesOf(events), 0.05, 30 * DAY_MS) ?? currentYear(nowMs);
}

/**
 * The view a link without a range opens on: where most events are (see firstViewOf), with long
 * empty stretches compressed by the same warp the timeline draws with.
 */
export function firstDomainOf(events: readonly Event[], nowMs: number): Domain {
  const ranges = rangesOf(events);
  const view = firstViewOf(ranges, createTimeWarp(ranges));
  // Whole days: the link of the first view stays short (and its QR code sparse).
  return view ? roundToDays(view) : currentYear(nowMs);
}
