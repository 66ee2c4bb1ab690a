import { describe, expect, it } from 'vitest';
import raw from '../../fixtures/events.sample.json';
import { toCompactFile } from '../../../src/model/compact/toCompactFile';
import { EventsFile } from '../../../src/model/schema';
import { consentGate, dataUrlFrom, loadEvents } from '../../../src/state/loadEvents';

const fakeFetch =
  (body: string, status = 200): typeof fetch =>
  async () =>
    new Response(body, { status });

describe('loadEvents', () => {
  it('loadEvents() returns the validated file', async () => {
    const r = await loadEvents('x', fakeFetch(JSON.stringify(raw)));
    expect(r.ok && r.data.events.length).toBe(5);
  });

  it('loadEvents() reads the compact file (events.min.json) and still validates it', async () => {
    const compact = toCompactFile(EventsFile.parse(raw));
    const r = await loadEvents('x', fakeFetch(JSON.stringify(compact)));
    expect(r.ok && r.data.events.map((e) => e.id)).toEqual(raw.events.map((e) => e.id));
    compact.events.edtf[2] = '2022-13-01';
    const bad = await loadEvents('x', fakeFetch(JSON.stringify(compact)));
    expect(bad).toMatchObject({ ok: false, kind: 'schema' });
    if (bad.ok || bad.kind !== 'schema') throw new Error('expected a schema failure');
    expect(bad.issues[0]).toMatchObject({ list: 'events', index: 2, field: 'date.edtf' });
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

  it.each([
    ['2022-02-30', 'no such day'],
    ['2022-13-01', 'no such day'],
    ['2022-00-00', 'no such day'],
    ['99999', 'no such day'],
    ['2022-11-19/2022-10-06', 'ends before it starts'],
    ['2999-03-01', 'year 2999'],
  ])('loadEvents() rejects the impossible date %s where it is read', async (edtf, why) => {
    const bad = structuredClone(raw) as { events: { date: { edtf: string } }[] };
    bad.events[0]!.date.edtf = edtf;
    const r = await loadEvents('x', fakeFetch(JSON.stringify(bad)));
    if (r.ok || r.kind !== 'schema') throw new Error('expected a schema failure');
    expect(r.issues[0]).toMatchObject({ list: 'events', index: 0, field: 'date.edtf' });
    expect(r.issues[0]!.message).toContain(why);
  });

  it('loadEvents() rejects a dateline year no article can have', async () => {
    const bad = structuredClone(raw) as { sources: { published?: string }[] };
    bad.sources[0]!.published = '2999-01-01';
    const r = await loadEvents('x', fakeFetch(JSON.stringify(bad)));
    expect(r).toMatchObject({ ok: false, kind: 'schema' });
  });

  it('loadEvents() rejects duplicate event and source ids, naming the second one', async () => {
    const bad = structuredClone(raw) as { events: { id: string }[]; sources: { id: string }[] };
    bad.events[3]!.id = bad.events[1]!.id;
    bad.sources.push(structuredClone(bad.sources[0]!));
    const r = await loadEvents('x', fakeFetch(JSON.stringify(bad)));
    if (r.ok || r.kind !== 'schema') throw new Error('expected a schema failure');
    expect(r.issues.map((i) => [i.list, i.index, i.field])).toEqual([
      ['events', 3, 'id'],
      ['sources', bad.sources.length - 1, 'id'],
    ]);
    expect(r.issues[0]!.message).toMatch(/duplicate id .*no\. 2 has it too/u);
  });

  it('loadEvents() names an HTML answer (a server fallback page) rather than calling it not JSON', async () => {
    const page = '<!doctype html><html><body>app</body></html>';
    expect(await loadEvents('x', fakeFetch(page))).toMatchObject({ kind: 'html', url: 'x' });
  });

  it('loadEvents(url, fetch, "manual") does not follow a redirect and says so', async () => {
    let init: RequestInit | undefined;
    const redirecting: typeof fetch = async (_, i) => {
      init = i;
      return new Response(null, {
        status: 302,
        headers: { Location: 'https://elsewhere.example/' },
      });
    };
    expect(await loadEvents('x', redirecting, 'manual')).toEqual({
      ok: false,
      kind: 'redirect',
      url: 'x',
    });
    expect(init).toMatchObject({ redirect: 'manual', credentials: 'omit' });
  });
});

describe('dataUrlFrom', () => {
  it('dataUrlFrom() uses ?data= and falls back to the bundled file', () => {
    expect(dataUrlFrom('?data=./other.json')).toBe('./other.json');
    expect(dataUrlFrom('?data=')).toBe('./data/events.min.json');
    expect(dataUrlFrom('')).toBe('./data/events.min.json');
  });
});

describe('consentGate(url, pageUrl, load)', () => {
  it('answers "consent" for another site and fetches nothing until agree()', async () => {
    let calls = 0;
    const load = async () => {
      calls++;
      return { ok: false as const, kind: 'json' as const, url: 'x' };
    };
    const gate = consentGate('https://tracker.example/e.json', 'http://127.0.0.1/app/?x=1', load);
    expect(await gate.load()).toEqual({
      ok: false,
      kind: 'consent',
      url: 'https://tracker.example/e.json',
      host: 'tracker.example',
    });
    expect(calls).toBe(0);
    gate.agree();
    await gate.load();
    expect(calls).toBe(1);
  });

  it('loads a file of the page’s own site at once', async () => {
    let calls = 0;
    const gate = consentGate('./data/other.json', 'http://127.0.0.1/app/', async () => {
      calls++;
      return { ok: false as const, kind: 'json' as const, url: 'x' };
    });
    await gate.load();
    expect(calls).toBe(1);
  });

  it('asks first when a file on the page’s own site redirects (it may lead to any site)', async () => {
    const modes: string[] = [];
    const gate = consentGate('./data/moved.json', 'http://127.0.0.1/app/', async (redirect) => {
      modes.push(redirect);
      return redirect === 'manual'
        ? { ok: false as const, kind: 'redirect' as const, url: 'x' }
        : { ok: false as const, kind: 'json' as const, url: 'x' };
    });
    expect(await gate.load()).toEqual({
      ok: false,
      kind: 'consent',
      url: 'http://127.0.0.1/app/data/moved.json',
      host: null,
    });
    gate.agree();
    expect(await gate.load()).toMatchObject({ kind: 'json' });
    expect(modes).toEqual(['manual', 'follow']);
  });

  it.each(['javascript:alert(1)', 'data:application/json,{}', 'http://[bad'])(
    'refuses %s as a data address without loading anything',
    async (url) => {
      let calls = 0;
      const gate = consentGate(url, 'http://127.0.0.1/app/', async () => {
        calls++;
        return { ok: false as const, kind: 'json' as const, url: 'x' };
      });
      gate.agree();
      expect(await gate.load()).toEqual({ ok: false, kind: 'url', url });
      expect(calls).toBe(0);
    },
  );
});
