import { describe, expect, it } from 'vitest';
import { chooseYear } from '../../../../scripts/extract/dates/chooseYear';

const dct = { year: 2024, month: 9, day: 26 };

describe('chooseYear', () => {
  it('follows the tense: the latest such day not after the DCT, or the next one from it', () => {
    expect(chooseYear({ month: 11, day: 20 }, dct, 'past')).toBe(2023);
    expect(chooseYear({ month: 11, day: 20 }, dct, 'future')).toBe(2024);
    expect(chooseYear({ month: 3, day: 19 }, dct, 'future')).toBe(2025);
    expect(chooseYear({ month: 3, day: 19 }, dct, 'past')).toBe(2024);
  });

  it('without a tense, the nearest', () => {
    expect(chooseYear({ month: 1, day: 10 }, dct)).toBe(2025);
    expect(chooseYear({ month: 6, day: 10 }, dct)).toBe(2024);
  });

  // A day said to be ahead but at most a week back is that recent day; a past day just ahead of
  // the DCT keeps its year-old reading (an anniversary recalled).
  it.each([
    [{ month: 9, day: 25 }, 'future', 2024],
    [{ month: 9, day: 19 }, 'future', 2024],
    [{ month: 9, day: 18 }, 'future', 2025],
    [{ month: 9, day: 28 }, 'past', 2023],
  ] as const)('%o, %s → %i', (parts, direction, year) => {
    expect(chooseYear(parts, dct, direction)).toBe(year);
  });

  it('across a year end: 30 December told on 3 January as ahead is four days back', () => {
    expect(chooseYear({ month: 12, day: 30 }, { year: 2025, month: 1, day: 3 }, 'future')).toBe(
      2024,
    );
  });

  it('a month name alone keeps the tense (the same month is now)', () => {
    expect(chooseYear({ month: 10 }, dct, 'past')).toBe(2023);
    expect(chooseYear({ month: 9 }, dct, 'past')).toBe(2024);
  });
});
