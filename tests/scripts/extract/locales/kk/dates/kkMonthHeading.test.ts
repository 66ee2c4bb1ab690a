/**
 * A Kazakh month name alone on its line, a heading over the line under it, is a month even where
 * the word is also a holiday, a season, a conference or a city ("Наурыз", "Маусым", "Тамыз",
 * "Қазан"): locales/kk/dates/kkMonthHeading.ts. Beside another word or with a case ending it is
 * left to the context rules (kkMonthContext.ts).
 */
import { describe, expect, it } from 'vitest';
import { tagDates } from '../../../../../../scripts/extract/dates/tagDates';
import { kindsAndDays } from '../../../events/extractSentences';

const KK = ['Қаңтар', 'Ақпан', 'Наурыз', 'Сәуір', 'Мамыр', 'Маусым', 'Шілде', 'Тамыз', 'Қыркүйек', 'Қазан', 'Қараша', 'Желтоқсан']; // prettier-ignore
const DCT = '2025-12-30';
const mm = (i: number) => String(i + 1).padStart(2, '0');
const valuesOf = (text: string, after?: string) =>
  tagDates(text, { lang: 'kk', dct: DCT, ...(after ? { after } : {}) }).map(
    (t) => `${t.text}=${t.value}`,
  );

// [the line under the heading, the year it puts the month in]
const UNDER: Array<[string, string]> = [
  ['Үкімет жоспарды бекітті.', '2025'],
  ['Мәжіліс заңды қабылдады.', '2025'],
  ['Президент Жолдау жариялады.', '2025'],
];
const MARKS = ['', ':', '.', ' –'];

describe('a month alone on its line is a heading month', () => {
  KK.forEach((month, i) => {
    if (i === 11) return; // (December of a review written on 30 December is this one either way.)
    it(`${month}, over a line in the same text and over the next paragraph`, () => {
      for (const [line, year] of UNDER)
        for (const mark of MARKS) {
          expect(valuesOf(`${month}${mark}\n${line}`), `${month}${mark}`).toEqual([
            `${month}=${year}-${mm(i)}`,
          ]);
          expect(valuesOf(`${month}${mark}`, line)).toEqual([`${month}=${year}-${mm(i)}`]);
        }
      // (Its year, when written, is the heading's own.)
      expect(valuesOf(`${month} 2024\n${UNDER[0]![0]}`)).toEqual([`${month} 2024=2024-${mm(i)}`]);
    });
  });

  it('takes the tense of the line under it', () => {
    expect(valuesOf('Тамыз\nҮкімет жоспарды бекітеді.', undefined)).toEqual(['Тамыз=2026-08']);
    expect(valuesOf('Наурыз', 'Сайлау өтеді.')).toEqual(['Наурыз=2026-03']);
  });

  it('leaves the common words beside another word, in a case, or with nothing under them', () => {
    for (const text of [
      'Наурыз мерекесі\nҮкімет жоспарды бекітті.',
      'Тамыз кеңесі\nМұғалімдер жиналды.',
      'Тамыз кеңесі өтті.',
      'Биылғы маусымда команда жеңді.',
      'Маусымда\nкоманда жеңді.',
      'Қазан қаласы\nФорум өтті.',
      'Ол наурыз\nмерекесін тойлады.',
      'Наурыз',
      'Маусым:',
    ])
      expect(
        valuesOf(text).filter((v) => /^(?:Наурыз|Тамыз|Маусым|Қазан)/iu.test(v)),
        text,
      ).toEqual([]);
  });

  it('through the pipeline, the headed paragraph takes that month', () => {
    for (const [month, value] of [
      ['Наурыз', '2025-03'],
      ['Маусым', '2025-06'],
      ['Тамыз', '2025-08'],
    ])
      expect(
        kindsAndDays('kk', `Жыл қорытындысы\n\n${month}\nАстанада Ұлттық құрылтай өтті.`, DCT),
        month,
      ).toContain(`meeting ${value}`);
  });
});
