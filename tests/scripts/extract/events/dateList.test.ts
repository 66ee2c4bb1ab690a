/**
 * An act told of a list of dates happened on each: "его избирали спикером в 2012, 2016 и 2021
 * годах", "заңдар 2011 және 2015 жылдары қабылданды" are one item per date. A range or two dates
 * of different kinds are no list. Generated over lists, link words and acts, both languages.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences as eventsOf } from './extractSentences';

const datesOf = (lang: 'kk' | 'ru', text: string, type: string) =>
  eventsOf(lang, text, '2025-09-01')
    .events.filter((e) => e.type === type)
    .map((e) => e.date.edtf)
    .sort();

const RU_LISTS: Array<[string, string[]]> = [
  ['в 2012, 2016 и 2021 годах', ['2012', '2016', '2021']],
  ['в 2012 и 2016 годах', ['2012', '2016']],
  ['10 января 2021 года и 19 марта 2023 года', ['2021-01-10', '2023-03-19']],
];
const RU_ACTS: Array<[string, string]> = [
  ['Выборы в Мажилис прошли', 'election'],
  ['Законы об амнистии принимали', 'law'],
];
const KK_LISTS: Array<[string, string[]]> = [
  ['2011 және 2015 жылдары', ['2011', '2015']],
  ['2005, 2011 және 2017 жылдары', ['2005', '2011', '2017']],
  ['2021 жылғы 10 қаңтарда және 2023 жылғы 19 наурызда', ['2021-01-10', '2023-03-19']],
];
const KK_ACTS: Array<[string, string, string]> = [
  ['Мәжіліс сайлауы', 'өтті', 'election'],
  ['Рақымшылық туралы заңдар', 'қабылданды', 'law'],
];

describe('an act told of a list of dates is one item per date', () => {
  for (const [list, dates] of RU_LISTS)
    for (const [act, type] of RU_ACTS)
      it(`"${act} ${list}": ${type} ${dates.join(', ')}`, () => {
        expect(datesOf('ru', `${act} ${list}.`, type)).toEqual(dates);
      });
  for (const [list, dates] of KK_LISTS)
    for (const [subject, verb, type] of KK_ACTS)
      it(`"${subject} ${list} ${verb}": ${type} ${dates.join(', ')}`, () => {
        expect(datesOf('kk', `${subject} ${list} ${verb}.`, type)).toEqual(dates);
      });
});

describe('what is no list', () => {
  it('a range: "с 2012 по 2016 год" is one item', () => {
    expect(datesOf('ru', 'Законы об амнистии принимали с 2012 по 2016 год.', 'law')).toHaveLength(
      1,
    );
  });
  it('dates in two clauses: each its own act', () => {
    const text = 'Выборы прошли в 2021 году, а закон о выборах приняли в 2022 году.';
    expect(datesOf('ru', text, 'election')).toEqual(['2021']);
  });
});
