import { describe, expect, it } from 'vitest';
import { statusAsOf } from '../../../src/components/eventStatus';
import type { Event } from '../../../src/model/schema';

const sources = new Map([
  ['a', { published: '2022-10-12' }],
  ['b', { published: '2022-10-06/2022-11-19' }],
  ['c', {}],
]);

function event(
  edtf: string,
  status: Event['status'],
  sourceId = 'a',
): Parameters<typeof statusAsOf>[0] {
  return {
    status,
    date: { edtf, precision: 'day', certainty: 'stated', method: 'explicit' },
    sources: [{ sourceId, evidence: [{ start: 0, end: 1, text: 'x' }] }],
  };
}

describe('statusAsOf(event, sourceById, nowMs)', () => {
  it('keeps a reported event reported', () => {
    expect(statusAsOf(event('2022-11-20', 'reported'), sources, Date.UTC(2026, 0, 1))).toEqual({
      kind: 'reported',
    });
  });

  it('keeps a planned event planned while its day has not passed (the day itself included)', () => {
    expect(statusAsOf(event('2022-11-20', 'planned'), sources, Date.UTC(2022, 10, 1))).toEqual({
      kind: 'planned',
    });
    expect(statusAsOf(event('2022-11-20', 'planned'), sources, Date.UTC(2022, 10, 20, 23))).toEqual(
      { kind: 'planned' },
    );
    expect(statusAsOf(event('2022-11', 'planned'), sources, Date.UTC(2022, 10, 30))).toEqual({
      kind: 'planned',
    });
  });

  it('reads a planned event whose day has passed as announced in advance, with its article date', () => {
    expect(statusAsOf(event('2022-11-20', 'planned'), sources, Date.UTC(2022, 10, 21))).toEqual({
      kind: 'announced',
      published: '2022-10-12',
    });
    expect(statusAsOf(event('2022-11', 'planned', 'b'), sources, Date.UTC(2023, 0, 1))).toEqual({
      kind: 'announced',
      published: '2022-10-06/2022-11-19',
    });
  });

  it('says only "announced in advance" when the article has no publication date', () => {
    expect(statusAsOf(event('2022-11-20', 'planned', 'c'), sources, Date.UTC(2024, 0, 1))).toEqual({
      kind: 'announced',
    });
  });
});
