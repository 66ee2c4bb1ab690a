/**
 * A Kazakh month named as an event is that event's month: "Қаңтар оқиғасы" is January 2022 and
 * "Желтоқсан оқиғасы" December 1986, in every case of the noun after it, whatever the article's
 * year; the year says it was inferred. Generated: each month word with each event noun in its
 * cases, then sentences where the month is only a month.
 */
import { describe, expect, it } from 'vitest';
import { tagDates } from '../../../../scripts/extract/dates/tagDates';

const dateOf = (text: string, dct?: string) =>
  tagDates(text, { lang: 'kk', ...(dct ? { dct } : {}) }).find((t) => t.granularity === 'month');

const NOUNS = [
  'оқиғасы', 'оқиғасында', 'оқиғасынан', 'оқиғасына', 'оқиғасын', 'оқиғасының', 'оқиғалары',
  'оқиғаларынан', 'оқиғаларына', 'трагедиясы', 'трагедиясына', 'қасіреті', 'көтерілісі', 'көтерілісіне',
]; // prettier-ignore
const MONTHS: Array<[string, string]> = [
  ['Қаңтар', '2022-01'],
  ['қаңтар', '2022-01'],
  ['Желтоқсан', '1986-12'],
  ['желтоқсан', '1986-12'],
];

describe('a month named as an event', () => {
  const cases = MONTHS.flatMap(([month, value]) =>
    NOUNS.map((noun) => [`${month} ${noun}`, value] as const),
  );
  it.each(cases)('"%s" is %s, inferred', (words, value) => {
    for (const dct of ['2025-01-05', '2023-06-30', undefined]) {
      expect(dateOf(`Бүгін ${words} туралы айтылды.`, dct)).toMatchObject({
        value,
        anchor: 'context',
      });
    }
  });

  it.each([
    ['Қаңтар айында сайлау өтеді.', '2025-01'],
    ['Қаңтарда жаңа оқиғалар болады.', '2025-01'],
    ['Желтоқсан айының соңында сессия өтеді.', '2024-12'],
  ])('but "%s" is a month of the story (%s)', (text, value) => {
    expect(dateOf(text, '2024-11-20')?.value).toBe(value);
  });

  it('is any January in an article written before the event', () => {
    expect(dateOf('Қаңтар оқиғасы туралы', '2021-03-01')?.value).toBe('2021-01');
  });
});
