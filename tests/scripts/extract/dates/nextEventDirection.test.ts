/**
 * With no verb, "the next sitting" before a weekday or a year-less day puts it ahead ("Следующее
 * пленарное заседание – в среду", "Келесі жалпы отырыс сәрсенбіде"); a verb of its own still
 * decides. Generated over the gatherings and the day words, both languages.
 */
import { describe, expect, it } from 'vitest';
import { tagDates } from '../../../../scripts/extract/dates/tagDates';

// Tuesday 1 February 2022: the Wednesday before is 26 January, the next 2 February.
const DCT = '2022-02-01';
const valueOf = (lang: 'kk' | 'ru', text: string, span: string) =>
  tagDates(text, { lang, dct: DCT }).find((t) => t.text === span)?.value;

const RU = [
  'Следующее пленарное заседание',
  'Ближайшее заседание Мажилиса',
  'Следующая сессия маслихата',
  'Следующая встреча',
];
const KK = ['Келесі жалпы отырыс', 'Келесі сессия', 'Мәжілістің келесі отырысы', 'Келесі кездесу'];

describe('the next gathering, with no verb, is ahead', () => {
  for (const subject of RU)
    it(`"${subject} – в среду" is 2 February`, () => {
      expect(valueOf('ru', `${subject} – в среду.`, 'среду')).toBe('2022-02-02');
    });
  for (const subject of KK)
    it(`"${subject} сәрсенбіде" is 2 February`, () => {
      expect(valueOf('kk', `${subject} сәрсенбіде.`, 'сәрсенбіде')).toBe('2022-02-02');
    });

  it('a past verb of its own still decides', () => {
    expect(valueOf('ru', 'Следующее заседание прошло в среду.', 'среду')).toBe('2022-01-26');
    expect(valueOf('kk', 'Келесі отырыс сәрсенбіде өтті.', 'сәрсенбіде')).toBe('2022-01-26');
  });

  it('"на следующий день" is the story’s next day, not a gathering ahead', () => {
    expect(valueOf('ru', 'На следующий день, в среду, депутаты собрались.', 'среду')).toBe(
      '2022-01-26',
    );
  });
});
