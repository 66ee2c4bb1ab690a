import { describe, expect, it } from 'vitest';
import { edtfStartMs, edtfToParts } from '../../../src/classroom/edtfToParts';

describe('edtfToParts', () => {
  it.each([
    ['2022-03-01', { start: { year: 2022, month: 3, day: 1 } }],
    ['2022-10', { start: { year: 2022, month: 10 } }],
    ['2022', { start: { year: 2022 } }],
    ['2022-21', { start: { year: 2022, month: 3 } }],
    ['2026-02-13T19:00:00', { start: { year: 2026, month: 2, day: 13 } }],
    ['2022-06-05/..', { start: { year: 2022, month: 6, day: 5 } }],
    [
      '2022-10-06/2022-11-19',
      { start: { year: 2022, month: 10, day: 6 }, end: { year: 2022, month: 11, day: 19 } },
    ],
    ['2022-03-01?', { start: { year: 2022, month: 3, day: 1 } }],
  ])('edtfToParts(%s)', (edtf, parts) => {
    expect(edtfToParts(edtf)).toEqual(parts);
  });

  it('throws on a date without a year', () => {
    expect(() => edtfToParts('soon')).toThrow(/Unreadable EDTF/);
  });

  it('edtfStartMs works in UTC whatever the TZ', () => {
    expect(edtfStartMs('2022-03')).toBe(Date.UTC(2022, 2, 1));
    expect(new Date(edtfStartMs('2022-11-20')).toISOString()).toBe('2022-11-20T00:00:00.000Z');
  });
});
