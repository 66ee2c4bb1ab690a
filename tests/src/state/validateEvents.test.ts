import { describe, expect, it } from 'vitest';
import raw from '../../fixtures/events.sample.json';
import { parseEventsText } from '../../../src/state/parseEventsText';
import { startValidation } from '../../../src/state/validateEvents';
import { loadEvents } from '../../../src/state/loadEvents';

/** A stand-in for the validation worker: answers with `answer(text)`, or fails to start. */
function fakeWorker(answer: (text: string) => unknown, fails = false) {
  const log = { posted: [] as string[], terminated: 0 };
  const worker = {
    onmessage: null as ((e: { data: unknown }) => void) | null,
    onerror: null as ((e: { preventDefault: () => void }) => void) | null,
    postMessage(text: string) {
      log.posted.push(text);
      queueMicrotask(() =>
        fails
          ? worker.onerror?.({ preventDefault: () => {} })
          : worker.onmessage?.({ data: answer(text) }),
      );
    },
    terminate() {
      log.terminated++;
    },
  };
  return { create: () => worker as unknown as Worker, log };
}

const text = JSON.stringify(raw);

describe('startValidation', () => {
  it('startValidation().check(text) answers what the worker found, then ends the worker', async () => {
    const { create, log } = fakeWorker(() => ({ ok: false, kind: 'json' }));
    const parsed = await startValidation(create).check(text);
    expect(parsed).toEqual({ ok: false, kind: 'json' });
    expect(log).toEqual({ posted: [text], terminated: 1 });
  });

  it('startValidation().check(text) checks in the page when the worker fails or cannot start', async () => {
    const failing = fakeWorker(() => null, true);
    expect(await startValidation(failing.create).check(text)).toEqual(parseEventsText(text));
    expect(failing.log.terminated).toBe(1);
    const parsed = await startValidation(() => null).check('<!doctype html>');
    expect(parsed).toEqual({ ok: false, kind: 'html' });
  });

  it('loadEvents() ends the worker unused when the file cannot be fetched', async () => {
    const { create, log } = fakeWorker(parseEventsText);
    const r = await loadEvents(
      'x',
      async () => new Response('', { status: 404 }),
      'follow',
      create,
    );
    expect(r).toMatchObject({ ok: false, kind: 'network', status: 404 });
    expect(log).toEqual({ posted: [], terminated: 1 });
  });

  it('loadEvents() returns the file the worker checked', async () => {
    const { create, log } = fakeWorker(parseEventsText);
    const r = await loadEvents('x', async () => new Response(text), 'follow', create);
    expect(r.ok && r.data.events.length).toBe(raw.events.length);
    expect(log.posted).toEqual([text]);
  });
});
