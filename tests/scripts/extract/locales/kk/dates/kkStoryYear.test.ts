import { describe, expect, it } from 'vitest';
import { tagDates } from '../../../../../../scripts/extract/dates/tagDates';

/*
 * A Kazakh sentence told forward: a year-less month or day after a date that states its year and
 * month, across a comma too, is of that year when its month is later ("2023 жылдың қаңтарында
 * тіркелді, ал наурызда Мәжіліске өтті"); an earlier month is the next year's (the story has
 * stepped into it: dates/storyNextYear.ts). Every pair of months, with the frame in the attributive and the possessive
 * form and the later date as a bare month or a day, in the locative.
 */
const LOCATIVE = [
  'қаңтарда', 'ақпанда', 'наурызда', 'сәуірде', 'мамырда', 'маусымда',
  'шілдеде', 'тамызда', 'қыркүйекте', 'қазанда', 'қарашада', 'желтоқсанда',
]; // prettier-ignore
const POSSESSIVE_LOCATIVE = [
  'қаңтарында', 'ақпанында', 'наурызында', 'сәуірінде', 'мамырында', 'маусымында',
  'шілдесінде', 'тамызында', 'қыркүйегінде', 'қазанында', 'қарашасында', 'желтоқсанында',
]; // prettier-ignore
const mm = (i: number) => String(i + 1).padStart(2, '0');
const DCT = '2025-12-30';

const valueOf = (text: string, expr: string) =>
  tagDates(text, { lang: 'kk', dct: DCT }).find((t) => t.text === expr)?.value;

describe('Kazakh: a later month of a sentence told forward takes the year it stated', () => {
  for (let a = 0; a < 12; a++)
    for (let b = 0; b < 12; b++) {
      if (a === b) continue;
      const later = b > a;
      it(`${POSSESSIVE_LOCATIVE[a]} … ${LOCATIVE[b]}: ${later ? '2021' : '2022'}`, () => {
        const frames = [
          `Партия 2021 жылдың ${POSSESSIVE_LOCATIVE[a]} құрылды, ал 5 ${LOCATIVE[b]} съезін өткізді.`,
          `Комиссия 2021 жылғы 3 ${LOCATIVE[a]} жиналды, кейін 14 ${LOCATIVE[b]} шешім шығарды.`,
        ];
        for (const text of frames) {
          const expr = text.includes(`5 ${LOCATIVE[b]}`) ? `5 ${LOCATIVE[b]}` : `14 ${LOCATIVE[b]}`;
          const value = valueOf(text, expr);
          const day = `${mm(b)}-${expr.split(' ')[0]!.padStart(2, '0')}`;
          expect(value).toBe(`${later ? '2021' : '2022'}-${day}`);
        }
      });
    }

  it('a bare month too, where it reads as a month alone', () => {
    expect(valueOf('Партия 2023 жылдың қаңтарында тіркелді, ал наурызда біз Мәжіліске өттік.', 'наурызда')).toBe('2023-03'); // prettier-ignore
    expect(valueOf('Жоба 2023 жылғы қыркүйекте енгізілді, ақпанда мақұлданды.', 'ақпанда')).toBe('2024-02'); // prettier-ignore
  });

  it('not from a year alone, which names no month to count forward from', () => {
    expect(valueOf('Ол 2019 жылы сайланды, 20 қарашада қайта сайланды.', '20 қарашада')).toBe('2025-11-20'); // prettier-ignore
  });
});
