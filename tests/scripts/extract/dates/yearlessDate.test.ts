import { describe, expect, it } from 'vitest';
import { tagDates } from '../../../../scripts/extract/dates/tagDates';
import { isYearless, withYear } from '../../../../scripts/extract/dates/yearlessDate';

const first = (lang: 'kk' | 'ru', text: string, dct?: string) =>
  tagDates(text, { lang, ...(dct ? { dct } : {}) })[0]!;

describe('yearlessDate', () => {
  it('isYearless: a named day or month with no year of its own', () => {
    expect(isYearless(first('kk', '5 маусымда сайлау өтті', '2024-07-01'))).toBe(true);
    expect(isYearless(first('ru', 'в марте', '2024-07-01'))).toBe(true);
    expect(isYearless(first('ru', '6 октября съезд'))).toBe(true); // XXXX-10-06
    expect(isYearless(first('ru', '5 июня 2022 года', '2024-07-01'))).toBe(false); // its own year
    expect(isYearless(first('ru', 'в марте прошлого года', '2024-07-01'))).toBe(false); // said in words
    expect(isYearless(first('ru', 'сегодня', '2024-07-01'))).toBe(false); // not named
    expect(isYearless(first('ru', 'в марте', '2024-07-01'), ['none'])).toBe(false); // anchor filter
  });

  it('withYear: the same day in the year found, said to come from context', () => {
    const t = withYear(first('ru', '3–4 января прошли протесты', '2023-01-05'), '2022');
    expect([t.value, t.endValue, t.anchor, t.direction]).toEqual([
      '2022-01-03',
      '2022-01-04',
      'context',
      undefined,
    ]);
  });
});
