import { describe, expect, it } from 'vitest';
import { Event } from '../../../src/model/schema';
import { edtfToRange } from '../../../src/timeline/edtfToRange';
import { createSyntheticEvents } from '../../../src/timeline/synthetic';

describe('createSyntheticEvents', () => {
  const events = createSyntheticEvents(500, { seed: 3 });
  it('createSyntheticEvents conforms to the Event schema and parses as EDTF', () => {
    for (const e of events) {
      expect(Event.safeParse(e).success).toBe(true);
      expect(edtfToRange(e.date.edtf)).not.toBeNull();
    }
  });
  it('createSyntheticEvents is deterministic per seed and mixes precisions and status', () => {
    expect(createSyntheticEvents(500, { seed: 3 })).toEqual(events);
    expect(createSyntheticEvents(5, { seed: 4 })).not.toEqual(events.slice(0, 5));
    const precisions = new Set(events.map((e) => e.date.precision));
    expect([...precisions].sort()).toEqual(['day', 'interval', 'month', 'season', 'year']);
    expect(events.some((e) => e.status === 'planned')).toBe(true);
    expect(new Set(events.map((e) => e.themes[0])).size).toBeGreaterThanOrEqual(4);
  });
});
