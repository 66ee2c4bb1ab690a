import { describe, expect, it } from 'vitest';
import { createSyntheticEvents } from '../../../src/timeline/synthetic';
import { toTimelineItems } from '../../../src/timeline/toTimelineItems';

describe('toTimelineItems', () => {
  it('toTimelineItems sorts by start, splits by lane and records the longest span', () => {
    const events = createSyntheticEvents(200, { seed: 2 });
    events[0] = { ...events[0]!, date: { ...events[0]!.date, edtf: 'garbage' } };
    const data = toTimelineItems(events);
    expect(data.undated.map((e) => e.id)).toEqual([events[0]!.id]);
    expect(data.items).toHaveLength(199);
    for (let i = 1; i < data.items.length; i++)
      expect(data.items[i]!.start).toBeGreaterThanOrEqual(data.items[i - 1]!.start);
    const total = [...data.byLane.values()].reduce((n, l) => n + l.length, 0);
    expect(total).toBe(199);
    expect(data.maxSpanMs).toBe(Math.max(...data.items.map((i) => i.end - i.start)));
    expect(data.items.find((i) => i.event.status === 'planned')?.planned).toBe(true);
  });

  it('draws a planned event whose day has passed as what happened (the panel says "announced")', () => {
    const base = createSyntheticEvents(1, { seed: 3 })[0]!;
    const election = {
      ...base,
      status: 'planned' as const,
      date: { ...base.date, edtf: '2022-11-20' },
    };
    const day = Date.UTC(2022, 10, 20);
    expect(toTimelineItems([election], day - 86_400_000).items[0]!.planned).toBe(true);
    expect(toTimelineItems([election], Date.UTC(2026, 11, 1)).items[0]!.planned).toBe(false);
    expect(toTimelineItems([election]).items[0]!.planned).toBe(true);
  });
});
