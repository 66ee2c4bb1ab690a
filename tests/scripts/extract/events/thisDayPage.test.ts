/**
 * A "this day in history" page ("Этот день в истории: 12 мая" / "Сегодня, 12 мая, вспоминаем …",
 * "Тарихта бүгін: 12 мамыр") with year headings: an entry with no date of its own happened on the
 * page's day of the heading's year, not somewhere in that year; "at that same time" after a day
 * counted from it stays that day. Generated over headlines, years and acts, both languages. A
 * page of year headings that does not call itself so keeps the year.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences as eventsOf } from './extractSentences';

const RU_HEADS = [
  'Этот день в истории: 12 мая\n\nСегодня, 12 мая, вспоминаем события прошлых лет.',
  'Какие события произошли 12 мая\n\nСегодня, 12 мая, вспоминаем события прошлых лет.',
];
const KK_HEADS = [
  'Тарихта бүгін: 12 мамыр\n\nБүгін, 12 мамырда, өткен жылдардың оқиғаларын еске аламыз.',
];
const YEARS = ['2016', '2019', '2021'];
const RU_ACTS: Array<[string, string]> = [
  ['Президент подписал закон о выборах.', 'law'],
  ['Прошли выборы в Мажилис.', 'election'],
];
const KK_ACTS: Array<[string, string]> = [
  ['Президент сайлау туралы заңға қол қойды.', 'law'],
  ['Мәжіліс сайлауы өтті.', 'election'],
];
const dates = (lang: 'kk' | 'ru', text: string, type: string) =>
  eventsOf(lang, text, '2025-05-12')
    .events.filter((e) => e.type === type)
    .map((e) => e.date.edtf);

describe('a year heading on a "this day" page stands for that day of the year', () => {
  for (const head of RU_HEADS)
    for (const [act, type] of RU_ACTS)
      it.each(YEARS)(`ru: %s год / ${act}`, (year) => {
        const text = `${head}\n\n${year} год\n${act}\n\n2010 год\nПартия провела съезд.`;
        expect(dates('ru', text, type)).toEqual([`${year}-05-12`]);
      });
  for (const head of KK_HEADS)
    for (const [act, type] of KK_ACTS)
      it.each(YEARS)(`kk: %s жыл / ${act}`, (year) => {
        const text = `${head}\n\n${year} жыл\n${act}\n\n2010 жыл\nПартия съезд өткізді.`;
        expect(dates('kk', text, type)).toEqual([`${year}-05-12`]);
      });
});

describe('"at that same time" after a day counted from the heading stays that day', () => {
  it.each(RU_HEADS)('ru: %s', (head) => {
    const text = `${head}\n\n2019 год\nПрезидент подписал закон о выборах. На следующий день Токаев принес присягу. Тогда же было предложено переименовать столицу.\n\n2010 год\nПартия провела съезд.`;
    expect(dates('ru', text, 'proposal')).toEqual(['2019-05-13']);
  });
});

describe('not on other pages', () => {
  it('year headings alone keep the year', () => {
    const text = `Как менялась избирательная система\n\nРассказываем о реформах.\n\n2019 год\nПрезидент подписал закон о выборах.\n\n2010 год\nПартия провела съезд.`;
    expect(dates('ru', text, 'law')).toEqual(['2019']);
  });
});
