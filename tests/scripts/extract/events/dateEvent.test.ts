import { describe, expect, it } from 'vitest';
import {
  dateFromPublication,
  earliestDay,
  toEdtf,
} from '../../../../scripts/extract/events/dateEvent';

describe('dateFromPublication(dct)', () => {
  it('says the publication date was used and that this is an inference', () => {
    expect(
      dateFromPublication({
        edtf: '2022-03-01',
        from: '2022-03-01',
        to: '2022-03-01',
        precision: 'day',
      }),
    ).toEqual({
      edtf: '2022-03-01',
      precision: 'day',
      certainty: 'inferred',
      method: 'publication-date',
    });
  });
});

describe('toEdtf / earliestDay', () => {
  it.each([
    ['2022-SP', '2022-21'],
    ['2026-02-13T19:00', '2026-02-13'],
  ])('toEdtf(%s) = %s', (v, e) => expect(toEdtf(v)).toBe(e));
  it.each([
    ['2022-10-06/2022-11-19', '2022-10-06'],
    ['2022-23', '2022-09-01'],
    ['../2026-02-13', undefined],
    ['2022', '2022-01-01'],
  ])('earliestDay(%s) = %s', (v, e) => expect(earliestDay(v)).toBe(e));
});
