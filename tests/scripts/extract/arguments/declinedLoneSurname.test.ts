/**
 * A Russian surname in -ин named alone in an oblique case, governed by the verb before it, is a
 * person in the nominative: "Токаев назначил Жумангарина вице-премьером" named only Tokayev, where
 * "-ов/-ев" surnames ("назначил Смаилова") and "с Путиным" were already read. A capitalised word
 * of that shape opening its sentence ("Машину угнали"), a place or a noun is still no one.
 * Generated over surnames, governing verbs and their cases; sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { findPersons } from '../../../../scripts/extract/arguments/findPersons';

const SURNAMES = ['Мамин', 'Жумангарин', 'Мишустин', 'Ескарин', 'Кулагин'];
/** A verb and the case ending it governs on a man's surname: accusative -а, dative -у. */
const GOVERNED: Array<[string, string]> = [
  ['назначил', 'а'],
  ['освободил', 'а'],
  ['поблагодарил', 'а'],
  ['принял', 'а'],
  ['позвонил', 'у'],
  ['поручил', 'у'],
  ['вручил орден', 'у'],
];
const SUBJECTS = ['Токаев', 'Глава государства', 'Президент'];

const names = (text: string) => findPersons(text, 'ru').map((p) => p.name);

describe('a lone -ин surname in an oblique case', () => {
  const cases = SURNAMES.flatMap((surname) =>
    GOVERNED.flatMap(([verb, ending]) =>
      SUBJECTS.map((subject) => ({
        text: `${subject} ${verb} ${surname}${ending} 5 марта.`,
        surname,
      })),
    ),
  );
  it.each(cases)('"$text" names $surname', ({ text, surname }) => {
    expect(names(text)).toContain(surname);
  });
  it.each([
    'Машину угнали вчера.',
    'Картина висит в музее.',
    'Делегация прибыла из Астаны.',
    'Делегация работала в Куньмине.',
  ])('"%s" names no one', (text) => {
    expect(names(text)).toEqual([]);
  });
  it('a place after the verb is no one ("Токаев посетил Украину")', () => {
    expect(names('Токаев посетил Украину.')).toEqual(['Токаев']);
  });
});
