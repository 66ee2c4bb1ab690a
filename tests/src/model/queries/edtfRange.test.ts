import { describe, expect, it } from 'vitest';
import { edtfRange } from '../../../../src/model/queries/edtfRange';

describe('edtfRange', () => {
  it('edtfRange() spans a day, a month and a year in UTC', () => {
    expect(edtfRange('2022-03-01')).toEqual([Date.UTC(2022, 2, 1), Date.UTC(2022, 2, 2)]);
    expect(edtfRange('2022-12')).toEqual([Date.UTC(2022, 11, 1), Date.UTC(2023, 0, 1)]);
    expect(edtfRange('2026')).toEqual([Date.UTC(2026, 0, 1), Date.UTC(2027, 0, 1)]);
  });

  it('edtfRange() spans seasons and datetimes', () => {
    expect(edtfRange('2022-21')).toEqual([Date.UTC(2022, 2, 1), Date.UTC(2022, 5, 1)]);
    // (Winter runs from the December before the year it names, as the extractor counts it.)
    expect(edtfRange('2022-24')).toEqual([Date.UTC(2021, 11, 1), Date.UTC(2022, 2, 1)]);
    expect(edtfRange('2026-02-13T19:00:00')).toEqual([
      Date.UTC(2026, 1, 13),
      Date.UTC(2026, 1, 14),
    ]);
  });

  it('edtfRange() spans closed and open intervals', () => {
    expect(edtfRange('2022-10-06/2022-11-19')).toEqual([
      Date.UTC(2022, 9, 6),
      Date.UTC(2022, 10, 20),
    ]);
    expect(edtfRange('2022-06-05/..')).toEqual([Date.UTC(2022, 5, 5), Date.UTC(2022, 5, 6)]);
  });

  it('edtfRange() returns null for text it does not understand', () => {
    expect(edtfRange('soon')).toBeNull();
    expect(edtfRange('2022-13')).toBeNull();
  });

  it('edtfRange() reads a string once and hands out a range nobody can change', () => {
    const a = edtfRange('2021-07-04');
    expect(edtfRange('2021-07-04')).toBe(a);
    expect(Object.isFrozen(a)).toBe(true);
  });
});
