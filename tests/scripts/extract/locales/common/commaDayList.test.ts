/**
 * A list of days joined by commas alone before one month ("5, 6, 7 маусымда", "12, 13 мая") is
 * one span from the first day to the last, as a list closed by "және"/"и" is: before, only the
 * last day and the month were tagged. A decimal ("3,5 маусымда", no space after the comma), a
 * spaced comma as tokenised corpora write decimals ("3 , 5"), days out of order and numbers
 * with no month after them are no list. Sentences written for the test, generated over the
 * months, their case forms and list lengths.
 */
import { describe, expect, it } from 'vitest';
import { tagDates } from '../../../../../scripts/extract/dates/tagDates';

// The span and its first and last days (the year is chosen elsewhere).
const tagged = (lang: 'kk' | 'ru', text: string) =>
  tagDates(text, { lang, dct: '2024-01-10' }).map((t) => [
    t.text,
    t.value?.slice(5),
    t.endValue?.slice(5),
  ]);
const pad = (n: number) => String(n).padStart(2, '0');

// Each month in the locative, the dative and the ablative.
const KK = [
  ['қаңтарда', 'қаңтарға', 'қаңтардан'],
  ['ақпанда', 'ақпанға', 'ақпаннан'],
  ['наурызда', 'наурызға', 'наурыздан'],
  ['сәуірде', 'сәуірге', 'сәуірден'],
  ['мамырда', 'мамырға', 'мамырдан'],
  ['маусымда', 'маусымға', 'маусымнан'],
  ['шілдеде', 'шілдеге', 'шілдеден'],
  ['тамызда', 'тамызға', 'тамыздан'],
  ['қыркүйекте', 'қыркүйекке', 'қыркүйектен'],
  ['қазанда', 'қазанға', 'қазаннан'],
  ['қарашада', 'қарашаға', 'қарашадан'],
  ['желтоқсанда', 'желтоқсанға', 'желтоқсаннан'],
];
const LISTS: readonly [string, number, number][] = [
  ['5, 6', 5, 6],
  ['5, 6, 7', 5, 7],
  ['1, 15, 28', 1, 28],
];
const RU = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа',
  'сентября', 'октября', 'ноября', 'декабря']; // prettier-ignore

describe('a list of days joined by commas alone', () => {
  it.each(LISTS)('Kazakh "%s" before every month in every case', (list, first, last) => {
    const wrong = KK.flatMap((m, k) =>
      m.flatMap((month) => {
        const want = [
          [`${list} ${month}`, `${pad(k + 1)}-${pad(first)}`, `${pad(k + 1)}-${pad(last)}`],
        ];
        const found = tagged('kk', `Шара ${list} ${month} өтеді.`);
        return JSON.stringify(found) === JSON.stringify(want) ? [] : [[month, found]];
      }),
    );
    expect(wrong).toEqual([]);
  });

  it.each(LISTS)('Russian "%s" before every month', (list, first, last) => {
    const wrong = RU.flatMap((m, k) => {
      const want = [[`${list} ${m}`, `${pad(k + 1)}-${pad(first)}`, `${pad(k + 1)}-${pad(last)}`]];
      const found = tagged('ru', `Встречи пройдут ${list} ${m}.`);
      return JSON.stringify(found) === JSON.stringify(want) ? [] : [[m, found]];
    });
    expect(wrong).toEqual([]);
  });

  it.each(['маусымда', 'қазанға'])('decimals and spaced commas before "%s" are no list', (m) => {
    for (const text of [`Баға 3,5 ${m} өсті.`, `Баға 3 , 5 ${m} өсті.`, `Шара 7, 6 ${m} өтеді.`])
      expect(tagged('kk', text).map(([t]) => t)).not.toContainEqual(
        expect.stringMatching(/^3|^7,/u),
      );
  });
});

describe('an ordinal word before a comma is no day of a list', () => {
  it.each(['Первый', 'Второй', 'Третий'])('"%s, 5 июня 2022 года" is that day', (w) => {
    expect(tagged('ru', `${w}, 5 июня 2022 года, изменил закон.`)).toEqual([
      ['5 июня 2022 года', '06-05', undefined],
    ]);
  });
});
