/**
 * A list of days before one month ("5 және 6 мамырда", "5, 6 және 7 мамырда", "5, 6 и 7 мая") is
 * one span from the first day to the last, as a range is: not its last day alone, which dated a
 * two-day vote by its second day. Numbers that are no days ("5 және 6 сынып") stay untagged.
 * Sentences written for the test, generated over months and case forms.
 */
import { describe, expect, it } from 'vitest';
import { tagDates } from '../../../../../scripts/extract/dates/tagDates';

const tagged = (lang: 'kk' | 'ru', text: string) =>
  tagDates(text, { lang, dct: '2024-01-10' }).map((t) => [t.text, t.value, t.endValue]);

describe('a list of days before one month', () => {
  const kk: ReadonlyArray<[string, string]> = [
    ['мамырда', '05'],
    ['маусымда', '06'],
    ['қазанда', '10'],
    ['наурызға', '03'],
    ['желтоқсаннан', '12'],
  ];
  it.each(kk)('Kazakh "5 және 6 %s" and "5, 6 және 7 %s"', (month, mm) => {
    expect(tagged('kk', `Шара 5 және 6 ${month} болады.`)).toEqual([
      [`5 және 6 ${month}`, `2024-${mm}-05`, `2024-${mm}-06`],
    ]);
    expect(tagged('kk', `Шара 5, 6 және 7 ${month} болады.`)).toEqual([
      [`5, 6 және 7 ${month}`, `2024-${mm}-05`, `2024-${mm}-07`],
    ]);
  });

  it.each(['мая', 'июня', 'октября'])('Russian "5, 6 и 7 %s"', (month) => {
    const [[text, value, end]] = tagged('ru', `Встречи пройдут 5, 6 и 7 ${month}.`) as [
      [string, string, string],
    ];
    expect(text).toBe(`5, 6 и 7 ${month}`);
    expect([value.slice(8), end.slice(8)]).toEqual(['05', '07']);
  });

  it('days not in order, and numbers of other things, are no list', () => {
    expect(tagged('kk', 'Оған 5 және 6 сынып оқушылары қатысты.')).toEqual([]);
    expect(tagged('ru', 'Встречи пройдут 7, 6 и 5 мая.').map(([t]) => t)).toEqual(['5 мая']);
  });
});
