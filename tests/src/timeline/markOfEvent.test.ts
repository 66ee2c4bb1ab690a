import { describe, expect, it } from 'vitest';
import type { LaneLayout, Mark } from '../../../src/timeline/layoutTimeline';
import { markOfEvent } from '../../../src/timeline/markOfEvent';
import type { TimelineItem } from '../../../src/timeline/toTimelineItems';

const event = (id: string, start: number): Mark => ({
  kind: 'event',
  id,
  item: { id, start, end: start + 1 } as TimelineItem,
  row: 0,
  x0: start,
  x1: start + 10,
  barX0: start,
  barX1: start + 1,
  label: id,
});
const badge = (ids: string[], start: number, lastStart: number, asked: string[]): Mark => ({
  kind: 'cluster',
  id: `cluster-${ids[0]}`,
  row: 3,
  x0: start,
  x1: lastStart + 10,
  count: ids.length,
  start,
  end: lastStart + 1,
  lastStart,
  get eventIds() {
    asked.push(this.id);
    return ids;
  },
});

describe('markOfEvent', () => {
  it('markOfEvent(lanes, item) finds the event’s own mark, else the badge holding it, in its lane', () => {
    const asked: string[] = [];
    const lanes: LaneLayout[] = [
      { lane: 'party', marks: [event('a', 0), badge(['b', 'c'], 10, 20, asked)] },
      { lane: 'elections', marks: [badge(['d', 'e'], 10, 20, asked), event('f', 30)] },
    ];
    expect(markOfEvent(lanes, { id: 'a', lane: 'party', start: 0 })).toBe('a');
    expect(markOfEvent(lanes, { id: 'e', lane: 'elections', start: 20 })).toBe('cluster-d');
    expect(markOfEvent(lanes, { id: 'x', lane: 'party', start: 40 })).toBeUndefined();
    expect(markOfEvent(lanes, { id: 'x', lane: 'reforms', start: 10 })).toBeUndefined();
  });

  it('markOfEvent(...) lists the ids of no badge whose span cannot hold the event', () => {
    const asked: string[] = [];
    const lanes: LaneLayout[] = [
      {
        lane: 'party',
        marks: [badge(['a', 'b'], 0, 5, asked), badge(['c', 'd'], 10, 20, asked)],
      },
    ];
    expect(markOfEvent(lanes, { id: 'd', lane: 'party', start: 20 })).toBe('cluster-c');
    expect(asked).toEqual(['cluster-c']);
  });
});
