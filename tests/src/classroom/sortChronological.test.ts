import { describe, expect, it } from 'vitest';
import { sortChronological } from '../../../src/classroom/sortChronological';
import { fixture, ids } from './fixture';

describe('sortChronological', () => {
  it('orders by start date, finer dates first on the same start, without mutating', () => {
    const input = [...fixture.events];
    expect(ids(sortChronological(input))).toEqual([
      'renaming-2022-03-01',
      'meeting-2022-03',
      'campaign-2022-10-06',
      'election-2022-11-20',
      'coalition-2026',
    ]);
    expect(ids(input)).toEqual(ids(fixture.events));
  });

  it('puts an unreadable date last', () => {
    const bad = { id: 'x', date: { ...fixture.events[0]!.date, edtf: 'unknown' } };
    expect(ids(sortChronological([bad, fixture.events[0]!]))).toEqual(['election-2022-11-20', 'x']);
  });
});
