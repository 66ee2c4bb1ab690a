import { describe, expect, it } from 'vitest';
import raw from '../../../fixtures/events.sample.json';
import { fromCompactFile } from '../../../../src/model/compact/fromCompactFile';
import { toCompactFile } from '../../../../src/model/compact/toCompactFile';
import { EventsFile } from '../../../../src/model/schema';
import { createSyntheticEvents } from '../../../../src/timeline/synthetic';

const sample = EventsFile.parse(raw);
/** Through JSON, as a browser receives it. */
const viaJson = (x: unknown): unknown => JSON.parse(JSON.stringify(x));

describe('toCompactFile / fromCompactFile', () => {
  it('fromCompactFile(toCompactFile(file)) gives the same events file back', () => {
    const back = EventsFile.parse(fromCompactFile(viaJson(toCompactFile(sample))));
    expect(viaJson(back)).toEqual(viaJson(sample));
  });

  it('toCompactFile() stores evidence that repeats the summary as an offset into it', () => {
    const events = createSyntheticEvents(3, { seed: 2 });
    const file = { ...sample, events };
    const compact = toCompactFile(file);
    expect(compact.events.sources[0]![0]!.evidence[0]).toEqual([
      0,
      events[0]!.summary.text.length,
      0,
    ]);
    expect(viaJson(EventsFile.parse(fromCompactFile(viaJson(compact))))).toEqual(viaJson(file));
  });

  it('toCompactFile() is smaller than events.json for many events', () => {
    const file = { ...sample, events: createSyntheticEvents(2000, { seed: 3 }) };
    const size = (x: unknown) => JSON.stringify(x).length;
    expect(size(toCompactFile(file))).toBeLessThan(size(file) * 0.7);
  });

  it('fromCompactFile() passes anything else through untouched', () => {
    for (const x of [null, 3, 'x', [], raw, { format: 'other' }])
      expect(fromCompactFile(x)).toBe(x);
  });

  it('a compact file with an impossible date is rejected where it is read', () => {
    const bad = viaJson(toCompactFile(sample)) as { events: { edtf: string[] } };
    bad.events.edtf[1] = '2022-02-30';
    const r = EventsFile.safeParse(fromCompactFile(bad));
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]!.path).toEqual(['events', 1, 'date', 'edtf']);
  });

  it('a compact file with a duplicate id is rejected', () => {
    const bad = viaJson(toCompactFile(sample)) as { events: { id: string[] } };
    bad.events.id[2] = bad.events.id[0]!;
    const r = EventsFile.safeParse(fromCompactFile(bad));
    expect(r.success).toBe(false);
    expect(JSON.stringify(r.error!.issues)).toContain(bad.events.id[0]);
  });

  it('a broken compact file is invalid data, not an exception', () => {
    const broken = {
      format: 'shejire-events-min',
      version: 1,
      schemaVersion: 1,
      events: { id: [1] },
    };
    expect(EventsFile.safeParse(fromCompactFile(broken)).success).toBe(false);
    const spans = viaJson(toCompactFile(sample)) as { events: { sources: unknown[][] } };
    spans.events.sources[0] = [{ sourceId: 'x', evidence: [[0, 5, 999]] }];
    expect(EventsFile.safeParse(fromCompactFile(spans)).success).toBe(false);
  });
});
