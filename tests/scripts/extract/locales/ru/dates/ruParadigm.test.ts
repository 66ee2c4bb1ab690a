import { describe, expect, it } from 'vitest';
import { tagDates } from '../../../../../../scripts/extract/dates/tagDates';

// prettier-ignore
const MONTHS: [nominative: string, genitive: string, prepositional: string][] = [
  ['январь', 'января', 'январе'], ['февраль', 'февраля', 'феврале'], ['март', 'марта', 'марте'],
  ['апрель', 'апреля', 'апреле'], ['май', 'мая', 'мае'], ['июнь', 'июня', 'июне'],
  ['июль', 'июля', 'июле'], ['август', 'августа', 'августе'], ['сентябрь', 'сентября', 'сентябре'],
  ['октябрь', 'октября', 'октябре'], ['ноябрь', 'ноября', 'ноябре'], ['декабрь', 'декабря', 'декабре'],
];
const pad = (n: number) => String(n).padStart(2, '0');
const ROWS = MONTHS.map(([nom, gen, prep], k) => ({ nom, gen, prep, mm: pad(k + 1) }));

function only(text: string, dct?: string) {
  const found = tagDates(text, { lang: 'ru', ...(dct && { dct }) });
  expect(found.map((t) => t.text)).toHaveLength(1);
  return found[0]!;
}

describe('tagDates on Russian month paradigms', () => {
  it.each(ROWS)('$gen / $nom / $prep in day, month and year phrases', ({ nom, gen, prep, mm }) => {
    expect(only(`Съезд прошёл 5 ${gen} 2022 года.`)).toMatchObject({
      text: `5 ${gen} 2022 года`,
      value: `2022-${mm}-05`,
    });
    expect(only(`1-го ${gen}`, '2022-12-31')).toMatchObject({ text: `1-го ${gen}` });
    expect(only(`в ${prep} 2022 года`)).toMatchObject({
      text: `${prep} 2022 года`,
      value: `2022-${mm}`,
    });
    expect(only(`${nom} 2022 года`).value).toBe(`2022-${mm}`);
    expect(only(`с 5 по 7 ${gen} 2021 года`)).toMatchObject({
      value: `2021-${mm}-05`,
      endValue: `2021-${mm}-07`,
    });
    expect(only(`в ${prep}`)).toMatchObject({ text: prep, value: `XXXX-${mm}` });
  });

  it('tagDates reads a month range across the new year as ending in the next year', () => {
    expect(only('в октябре-январе', '2022-09-01')).toMatchObject({
      value: '2022-10',
      endValue: '2023-01',
    });
  });

  it('tagDates takes the year of a past day from the verb: the latest such day not after the DCT', () => {
    expect(only('Съезд состоялся 6 октября.', '2022-10-05').value).toBe('2021-10-06');
    expect(only('Съезд состоится 6 октября.', '2022-10-07').value).toBe('2023-10-06');
    expect(only('Съезд пройдёт 6 октября.', '2022-10-05')).toMatchObject({
      value: '2022-10-06',
      direction: 'future',
    });
    expect(only('Съезд состоялся 6 октября.')).toMatchObject({ value: 'XXXX-10-06' });
  });

  it('tagDates rejects impossible days instead of writing them', () => {
    expect(tagDates('30 февраля 2022 года', { lang: 'ru' })).toEqual([]);
    expect(tagDates('31 апреля', { lang: 'ru', dct: '2022-03-01' })).toEqual([]);
    expect(only('29 февраля 2024 года').value).toBe('2024-02-29');
  });
});
