import { describe, expect, it } from 'vitest';
import raw from '../../fixtures/events.sample.json';
import { dataUrlFrom, loadEvents } from '../../../src/state/loadEvents';

const fakeFetch =
  (body: string, status = 200): typeof fetch =>
  async () =>
    new Response(body, { status });

describe('loadEvents', () => {
  it('loadEvents() returns the validated file', async () => {
    const r = await loadEvents('x', fakeFetch(JSON.stringify(raw)));
    expect(r.ok && r.data.events.length).toBe(5);
  });

  it('loadEvents() names the event and field that are wrong', async () => {
    const bad = structuredClone(raw) as { events: { date: { precision: string } }[] };
    (bad.events[2] as { date: { precision: string } }).date.precision = 'week';
    const r = await loadEvents('x', fakeFetch(JSON.stringify(bad)));
    expect(r).toMatchObject({ ok: false, kind: 'schema' });
    if (r.ok || r.kind !== 'schema') throw new Error('expected a schema failure');
    expect(r.issues[0]).toMatchObject({
      list: 'events',
      index: 2,
      itemId: 'meeting-2022-04-nur-otan-programme',
      field: 'date.precision',
      code: 'invalid_value',
    });
  });

  it('loadEvents() reports HTTP, network and JSON failures as values', async () => {
    expect(await loadEvents('x', fakeFetch('', 404))).toMatchObject({
      kind: 'network',
      status: 404,
    });
    const failing: typeof fetch = async () => {
      throw new TypeError('offline');
    };
    expect(await loadEvents('x', failing)).toMatchObject({ kind: 'network', status: null });
    expect(await loadEvents('x', fakeFetch('{oops'))).toMatchObject({ kind: 'json' });
  });
});

describe('dataUrlFrom', () => {
  it('dataUrlFrom() uses ?data= and falls back to the bundled file', () => {
    expect(dataUrlFrom('?data=./other.json')).toBe('./other.json');
    expect(dataUrlFrom('?data=')).toBe('./data/events.json');
    expect(dataUrlFrom('')).toBe('./data/events.json');
  });
});
