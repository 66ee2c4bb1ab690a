/**
 * A chamber taking up a bill on a day is a step of the bill, like its reading: "законопроект
 * депутаты рассмотрят в среду, 13 мая", "Мәжіліс бейсенбіде … заң түзетулерін талқылайды".
 * Without a chamber, or without a bill, "рассмотреть" is no law. Generated over chambers, bills,
 * verb forms and dates, both languages.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences as eventsOf } from './extractSentences';

const lawDates = (lang: 'kk' | 'ru', text: string, published: string) =>
  eventsOf(lang, text, published)
    .events.filter((e) => e.type === 'law')
    .map((e) => e.date.edtf);

const RU_CHAMBERS = ['Сенаторы', 'Депутаты Мажилиса', 'Сенат'];
const RU_BILLS = ['законопроект', 'поправки', 'его', 'кодекс'];
const RU_VERBS: Array<[string, string]> = [
  ['рассмотрят', '2024-06'],
  ['рассмотрели', '2024-04'],
];
const KK_CHAMBERS = ['Мәжіліс', 'Сенат', 'Депутаттар'];
const KK_BILLS = ['заң жобасын', 'заң түзетулерін', 'кодексті'];
// (Told ahead, published before the day; told as done, after it.)
const KK_VERBS: Array<[string, string]> = [
  ['талқылайды', '2020-03-16'],
  ['қарайды', '2020-03-16'],
  ['талқылады', '2020-03-25'],
  ['қарады', '2020-03-25'],
];

describe('a chamber taking up a bill on a day', () => {
  for (const chamber of RU_CHAMBERS)
    for (const bill of RU_BILLS)
      for (const [verb, when] of RU_VERBS) {
        const month = when.endsWith('06') ? 'в июне' : 'в апреле';
        it(`"${chamber} ${verb} ${bill} ${month}" is a law step of ${when}`, () => {
          // (A pronoun takes up the bill the sentence before names: events/billTakenUpByPronoun.)
          const before = bill === 'его' ? 'Правительство внесло законопроект в Мажилис. ' : '';
          expect(
            lawDates('ru', `${before}${chamber} ${verb} ${bill} ${month}.`, '2024-05-10'),
          ).toContain(when);
        });
      }
  for (const chamber of KK_CHAMBERS)
    for (const bill of KK_BILLS)
      for (const [verb, published] of KK_VERBS)
        it(`"${chamber} ${bill} 19 наурызда ${verb}" is a law step of 19 March`, () => {
          expect(lawDates('kk', `${chamber} ${bill} 19 наурызда ${verb}.`, published)).toContain(
            '2020-03-19',
          );
        });
});

describe('what is no law step', () => {
  it('a chamber considering something other than a bill', () => {
    expect(lawDates('ru', 'Депутаты рассмотрели обращение граждан 5 марта.', '2024-05-10')).toEqual(
      [],
    );
  });
  it('a bill considered by no chamber', () => {
    expect(lawDates('ru', 'Эксперты рассмотрят законопроект в июне.', '2024-05-10')).toEqual([]);
  });
  it('a chamber considering a bill on no day', () => {
    expect(lawDates('ru', 'Сенаторы рассмотрят законопроект.', '2024-05-10')).toEqual([]);
  });
});
