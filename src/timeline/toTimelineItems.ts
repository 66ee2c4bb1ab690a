import type { Event, Theme } from '../model/schema';
import { edtfToRange } from './edtfToRange';
import { laneOf, lanesOf } from './lanes';

/** An event reduced to what the timeline draws: a UTC span in a lane. */
export interface TimelineItem {
  id: string;
  /** UTC ms, inclusive. */
  start: number;
  /** UTC ms, exclusive (a finite draw-end for open intervals). */
  end: number;
  openEnd: boolean;
  openStart: boolean;
  lane: Theme;
  /** Still ahead: announced and its day not yet past (a past one was "announced in advance"). */
  planned: boolean;
  event: Event;
}

/** All items sorted by start, split per lane, with the longest span (culling needs it). */
export interface TimelineItems {
  items: TimelineItem[];
  lanes: Theme[];
  byLane: Map<Theme, TimelineItem[]>;
  /** Longest end − start among items, ms. */
  maxSpanMs: number;
  /** Events whose date could not be read: kept out of the drawing, but counted. */
  undated: Event[];
}

function byStart(a: TimelineItem, b: TimelineItem): number {
  return a.start - b.start || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * Prepares events for drawing once per data set (run it under useMemo, not per frame). With
 * `nowMs`, a planned event whose day has passed is drawn as what happened, not as a plan.
 * @example toTimelineItems(events).byLane.get('party')
 */
export function toTimelineItems(events: readonly Event[], nowMs?: number): TimelineItems {
  const items: TimelineItem[] = [];
  const undated: Event[] = [];
  let maxSpanMs = 0;
  for (const event of events) {
    const range = edtfToRange(event.date.edtf);
    if (!range) {
      undated.push(event);
      continue;
    }
    maxSpanMs = Math.max(maxSpanMs, range.end - range.start);
    items.push({
      id: event.id,
      start: range.start,
      end: range.end,
      openEnd: range.openEnd === true,
      openStart: range.openStart === true,
      lane: laneOf(event),
      planned: event.status === 'planned' && (nowMs === undefined || range.end > nowMs),
      event,
    });
  }
  items.sort(byStart);
  const lanes = lanesOf(items.map((i) => i.event));
  const byLane = new Map<Theme, TimelineItem[]>(lanes.map((l) => [l, []]));
  for (const item of items) byLane.get(item.lane)?.push(item);
  return { items, lanes, byLane, maxSpanMs, undated };
}

/**
 * An event of a day or less is a point (a dot) at any zoom: a day stretched by the time warp or
 * a deep zoom must not look like something that lasted.
 */
export function isPointItem(item: Pick<TimelineItem, 'start' | 'end'>): boolean {
  return item.end - item.start <= 86_400_000;
}
