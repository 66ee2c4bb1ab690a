import { describe, expect, it } from 'vitest';
import {
  dateFromPublication,
  earliestDay,
  precisionOf,
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
    // A season is dated by its year (its bounds are not agreed; the timex keeps it).
    ['2022-SP', '2022'],
    ['2024-WI', '2024'],
    ['2026-02-13T19:00', '2026-02-13'],
    // A week or a weekend: its month when all its days are in one, else the interval of its days.
    ['2024-W24', '2024-06'], // 10–16 June 2024
    ['2024-W22', '2024-05-27/2024-06-02'],
    ['2025-W11-WE', '2025-03'], // 15–16 March 2025
    ['2025-W22-WE', '2025-05-31/2025-06-01'],
    ['2022-W05-WE', '2022-02'],
    ['2025-W01', '2024-12-30/2025-01-05'],
    ['2020-W53-WE', '2021-01'], // 2–3 January 2021
    ['2026-W01-WE', '2026-01'], // 3–4 January 2026
  ])('toEdtf(%s) = %s', (v, e) => expect(toEdtf(v)).toBe(e));
  it.each([
    ['2024-W24', 'month'],
    ['2024-W22', 'interval'],
    ['2025-W01', 'interval'],
    ['2022-SP', 'year'],
  ] as const)('precisionOf(%s) = %s', (v, p) => expect(precisionOf(v)).toBe(p));
  it.each([
    ['2022-10-06/2022-11-19', '2022-10-06'],
    ['2022-23', '2022-09-01'],
    ['../2026-02-13', undefined],
    ['2022', '2022-01-01'],
  ])('earliestDay(%s) = %s', (v, e) => expect(earliestDay(v)).toBe(e));
});
