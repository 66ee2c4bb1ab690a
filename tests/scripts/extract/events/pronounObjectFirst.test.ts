/**
 * Russian puts the known object first and the new subject last: "5 марта Мажилис принял закон, а
 * на следующий день его одобрил Сенат" tells the Senate's step of the bill named before, by a
 * pronoun, verb, chamber order, on a day of its own. Generated over bills and their pronouns,
 * chambers with the verb in their agreement and the day words; a pronoun object of another act
 * ("его кандидатуру одобрил Сенат") or with no bill named is no law step.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences as eventsOf } from './extractSentences';

// [the bill adopted, its pronoun]
const BILLS: Array<[string, string]> = [
  ['закон', 'его'],
  ['поправку в закон', 'её'],
  ['поправки в закон', 'их'],
];
// [verb stem, the chamber or its members, the ending the verb agrees in]
const CHAMBERS: Array<[string, string]> = [
  ['Сенат', ''],
  ['верхняя палата', 'а'],
  ['сенаторы', 'и'],
];
const VERBS = ['одобрил', 'принял', 'утвердил'];
// [the day words, the day they mean]
const DAYS: Array<[string, string]> = [
  ['на следующий день', '2024-03-06'],
  ['на другой день', '2024-03-06'],
  ['7 марта', '2024-03-07'],
];

const lawDates = (text: string) =>
  eventsOf('ru', text, '2024-06-19')
    .events.filter((e) => e.type === 'law')
    .map((e) => e.date.edtf)
    .sort();

describe('pronoun, verb, chamber: the chamber’s step of the bill, on its own day', () => {
  for (const [bill, pronoun] of BILLS)
    for (const [chamber, ending] of CHAMBERS)
      for (const verb of VERBS)
        for (const [day, iso] of DAYS) {
          const text = `5 марта Мажилис принял ${bill}, а ${day} ${pronoun} ${verb}${ending} ${chamber}.`;
          it(text, () => {
            expect(lawDates(text)).toEqual(['2024-03-05', iso]);
          });
        }
  it('in the sentence after the one that named the law', () => {
    expect(
      lawDates('5 марта Мажилис принял закон о выборах. На следующий день его одобрил Сенат.'),
    ).toEqual(['2024-03-05', '2024-03-06']);
  });
});

describe('not a bill’s step', () => {
  it('a pronoun that owns the object', () => {
    expect(lawDates('7 марта его кандидатуру одобрил Сенат.')).toEqual([]);
  });
  it('no bill named', () => {
    expect(lawDates('7 марта его одобрил Сенат.')).toEqual([]);
  });
});
