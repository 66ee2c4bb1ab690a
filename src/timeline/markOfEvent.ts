import type { LaneLayout } from './layoutTimeline';
import type { TimelineItem } from './toTimelineItems';

/**
 * The id of the mark that stands for an event in a layout: its own, or the badge in its lane
 * whose span holds its start; undefined when it is not drawn. A badge's ids are listed only for
 * the one badge that can hold the event: a fit-all badge holds thousands, and this runs per frame.
 * @example markOfEvent(layout.lanes, item) // 'cluster-e12'
 */
export function markOfEvent(
  lanes: readonly LaneLayout[],
  item: Pick<TimelineItem, 'id' | 'lane' | 'start'>,
): string | undefined {
  const marks = lanes.find((l) => l.lane === item.lane)?.marks ?? [];
  return marks.find((m) =>
    m.kind === 'event'
      ? m.id === item.id
      : m.start <= item.start && item.start <= m.lastStart && m.eventIds.includes(item.id),
  )?.id;
}
