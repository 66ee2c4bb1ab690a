import { enUS, kk, ru } from 'date-fns/locale';
import { describe, expect, it } from 'vitest';
import { formatEventDate, formatTick } from '../../../src/timeline/formatTick';

describe('formatTick', () => {
  it('formatTick(month) uses the locale month name of the UTC date', () => {
    // 1 March 00:00 UTC is still February in Los Angeles: a local-time leak would say "ақп".
    expect(formatTick(Date.UTC(2022, 2, 1), 'month', kk)).toBe('нау');
    expect(formatTick(Date.UTC(2022, 2, 1), 'month', ru)).toBe('март');
    expect(formatTick(Date.UTC(2022, 2, 1), 'month', enUS)).toBe('Mar');
  });
  it('formatTick(year) and formatTick(day)', () => {
    expect(formatTick(Date.UTC(2022, 0, 1), 'year', kk)).toBe('2022');
    expect(formatTick(Date.UTC(2022, 2, 5), 'day', enUS)).toBe('5 Mar');
  });
  it('formatEventDate follows the precision', () => {
    expect(formatEventDate(Date.UTC(2022, 2, 1), 'month', kk)).toBe('наурыз 2022');
    expect(formatEventDate(Date.UTC(2022, 2, 1), 'year', ru)).toBe('2022');
    expect(formatEventDate(Date.UTC(2022, 2, 1), 'day', enUS)).toBe('Mar 1, 2022');
  });
});
