import { toldSeason, type SeasonCode } from '../../model/queries/toldSeason';
import type { Event } from '../../model/schema';
import type { Mark } from '../../timeline/layoutTimeline';
import type { TimelineItem } from '../../timeline/toTimelineItems';
import type { TimelineLabels } from './timelineLabels';

/**
 * Date text at a precision; `season` names the season a year-dated event was told in
 * ("весна 2024 г." rather than "2024").
 */
export type FormatDate = (
  ms: number,
  precision: 'day' | 'month' | 'year' | 'other',
  season?: SeasonCode,
) => string;

/**
 * The date part of an event's accessible name, at the precision the source gives:
 * "наурыз 2022" for a month, "2024 жылдың көктемі" for a year told as its spring, "6 қаз 2022 ж. – 19 қар 2022 ж." for an interval, "… –" when open.
 */
export function eventDateText(item: TimelineItem, format: FormatDate): string {
  const p = item.event.date.precision;
  if (p === 'year') return format(item.start, p, toldSeason(item.event.date));
  if (p === 'day' || p === 'month') return format(item.start, p);
  if (p === 'season') return `${format(item.start, 'month')} – ${format(item.end - 1, 'month')}`;
  const from = item.openStart ? '…' : format(item.start, 'day');
  const to = item.openEnd ? '…' : format(item.end - 1, 'day');
  return `${from} – ${to}`;
}

/** A mark's accessible name: title, date and the planned cue, or a cluster's count and span. */
export function markNameOf(
  m: Mark,
  labels: Pick<TimelineLabels, 'cluster' | 'planned'>,
  titleOf: (event: Event) => string,
  format: FormatDate,
): string {
  if (m.kind === 'cluster')
    return labels.cluster(m.count, format(m.start, 'month'), format(m.end - 1, 'month'));
  const title = m.item.planned
    ? `${titleOf(m.item.event)} (${labels.planned})`
    : titleOf(m.item.event);
  return `${title}, ${eventDateText(m.item, format)}`;
}
