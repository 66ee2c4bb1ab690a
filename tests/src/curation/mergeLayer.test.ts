import { describe, expect, it } from 'vitest';
import { mergeLayer } from '../../../src/curation/mergeLayer';
import type { Event, EventsFile, Source } from '../../../src/model/schema';

const ev = (id: string, sourceId: string): Event =>
  ({ id, sources: [{ sourceId, evidence: [{ start: 0, end: 1, text: 'x' }] }] }) as Event;
const src = (id: string): Source => ({ id }) as Source;
const base = {
  schemaVersion: 1,
  sources: [src('s1')],
  events: [ev('congress-1', 's1')],
  unplaced: [],
} as unknown as EventsFile;

describe('mergeLayer(base, layers)', () => {
  it('returns the base itself when no layer is shown', () => {
    expect(mergeLayer(base, [])).toBe(base);
  });

  it('gives an event already on the timeline the new source instead of doubling it', () => {
    const out = mergeLayer(base, [
      { id: 'c', events: [ev('congress-1', 't1'), ev('new-1', 't1')], sources: [src('t1')] },
    ]);
    expect(out.events.map((e) => e.id)).toEqual(['congress-1', 'new-1']);
    expect(out.events[0]!.sources.map((s) => s.sourceId)).toEqual(['s1', 't1']);
    expect(out.sources.map((s) => s.id)).toEqual(['s1', 't1']);
    expect(base.events[0]!.sources).toHaveLength(1);
  });

  it('adds a source once when two collections cite the same article', () => {
    const layer = { id: 'c', events: [ev('new-1', 't1')], sources: [src('t1')] };
    const out = mergeLayer(base, [layer, { ...layer, id: 'd' }]);
    expect(out.events).toHaveLength(2);
    expect(out.events[1]!.sources).toHaveLength(1);
    expect(out.sources).toHaveLength(2);
  });
});
