import { describe, expect, it } from 'vitest';
import raw from '../../fixtures/events.sample.json';
import { bundleToEventsFile } from '../../../src/model/bundleToEventsFile';
import { loadEvents } from '../../../src/state/loadEvents';

const collection = {
  id: 'c1',
  name: '9 Б',
  created: '2026-03-15T10:00:00.000Z',
  visible: true,
  events: raw.events.slice(0, 2),
  sources: raw.sources,
  texts: {},
};
const bundle = { format: 'shejire-collection', version: 1, collection };

describe('bundleToEventsFile(raw)', () => {
  it('reads a collection file as an events file', () => {
    expect(bundleToEventsFile(bundle)).toEqual({
      schemaVersion: 1,
      sources: raw.sources,
      events: raw.events.slice(0, 2),
      unplaced: [],
    });
  });

  it('passes anything else through untouched', () => {
    for (const x of [raw, null, 3, { format: 'other' }]) expect(bundleToEventsFile(x)).toBe(x);
  });

  it('lets ?data= open a collection file', async () => {
    const r = await loadEvents('x', async () => new Response(JSON.stringify(bundle)));
    expect(r.ok && r.data.events.map((e) => e.id)).toEqual(raw.events.slice(0, 2).map((e) => e.id));
  });
});
