import { describe, expect, it } from 'vitest';
import { tagDates } from '../../../../../../scripts/extract/dates/tagDates';

/*
 * A year after a day and month ("5 маусым 2024 жылы", day-month-year order) is one date with
 * them, whatever form the year takes: bare digits, digits with an ordinal ending ("2024-інші
 * жылы"), or words ("екі мың жиырма төртінші жылы"). Before, only four bare digits joined, so
 * "5-інші маусым 2024-інші жылы" was cut after "2024" and the worded year stood apart. A month
 * in a case ends its adverbial, so the number after it is no year ("5 маусымда 2024 адам").
 * Generated: every month, days in digits, digits with an ordinal ending and words, years in
 * the three forms and "жылы", "жылдан бері", "жылға дейін".
 */
const tag = (text: string) =>
  tagDates(`Жиын ${text} өтті .`, { lang: 'kk', dct: '2025-02-12' }).map((t) => [t.text, t.value]);

const MONTHS = ['қаңтар', 'ақпан', 'наурыз', 'сәуір', 'мамыр', 'маусым', 'шілде', 'тамыз',
  'қыркүйек', 'қазан', 'қараша', 'желтоқсан']; // prettier-ignore
const DAYS = [
  ['5', 5],
  ['5-інші', 5],
  ['бесінші', 5],
  ['21-інші', 21],
  ['жиырма бірінші', 21],
] as const;
const YEARS = [
  ['2024 жылы', 2024],
  ['2024-інші жылы', 2024],
  ['екі мың жиырма төртінші жылы', 2024],
  ['2019-ыншы жылдан бері', 2019],
  ['бір мың тоғыз жүз тоқсан бесінші жылға дейін', 1995],
] as const;
const pad = (n: number) => String(n).padStart(2, '0');

describe('Kazakh day, month, then a year in any form: one date', () => {
  it.each(YEARS)('every day form and month before "%s"', (y, year) => {
    const wrong = MONTHS.flatMap((m, k) =>
      DAYS.flatMap(([d, day]) => {
        const text = `${d} ${m} ${y}`;
        const want = [[text, `${year}-${pad(k + 1)}-${pad(day)}`]];
        const found = tag(text);
        return JSON.stringify(found) === JSON.stringify(want) ? [] : [[text, found]];
      }),
    );
    expect(wrong).toEqual([]);
  });

  const LOCATIVES = ['қаңтарда', 'ақпанда', 'наурызда', 'сәуірде', 'мамырда', 'маусымда',
    'шілдеде', 'тамызда', 'қыркүйекте', 'қазанда', 'қарашада', 'желтоқсанда']; // prettier-ignore
  it.each(LOCATIVES.map((m) => [m]))('a number after "%s" is no year', (m) => {
    for (const text of [`5 ${m} 2024 адам`, `бесінші ${m} екі мың адам`]) {
      const found = tag(text).map(([t]) => t);
      expect(found.some((t) => /2024|мың/u.test(t!))).toBe(false);
    }
  });

  // "5 маусым 2024 ж.": the point of the abbreviation is the year's, as in "2024 ж. 5 маусымда".
  it.each(MONTHS.map((m) => [m]))('"5 %s 2024 ж." keeps its point', (m) => {
    for (const end of [' өтті .', '']) {
      const found = tagDates(`Жиын 5 ${m} 2024 ж.${end}`, { lang: 'kk' }).map((t) => t.text);
      expect(found).toEqual([`5 ${m} 2024 ж.`]);
    }
  });
});
