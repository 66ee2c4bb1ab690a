/**
 * `госсекретарь`, one word for `государственный секретарь`, is a post in every case (the US
 * Secretary of State, Kazakhstan's State Secretary): the name after it is its holder. Sentences
 * written for the test.
 */
import { describe, expect, it } from 'vitest';
import { findPersons } from '../../../../scripts/extract/arguments/findPersons';

const NAMES: Array<[string, string, string, string]> = [
  // nominative, genitive (and accusative), dative, instrumental
  ['Энтони Блинкен', 'Энтони Блинкена', 'Энтони Блинкену', 'Энтони Блинкеном'],
  ['Ерлан Карин', 'Ерлана Карина', 'Ерлану Карину', 'Ерланом Кариным'],
  ['Марко Рубио', 'Марко Рубио', 'Марко Рубио', 'Марко Рубио'],
];
const OWNERS = ['США', 'Казахстана', ''];

const cases = NAMES.flatMap(([nom, gen, dat, ins]) =>
  OWNERS.flatMap((o) => {
    const post = (word: string) => (o ? `${word} ${o}` : word);
    return [
      [nom, `Токаев принял ${post('госсекретаря')} ${gen}.`],
      [nom, `Токаев встретился с ${post('госсекретарем')} ${ins}.`],
      [nom, `Президент поручил ${post('госсекретарю')} ${dat} подготовить доклад.`],
      [nom, `${post('Госсекретарь')} ${nom} заявил о поддержке.`],
      [nom, `По словам ${post('госсекретаря')} ${gen}, переговоры продолжатся.`],
    ] as const;
  }),
);

describe('a State Secretary named after the post', () => {
  it.each(cases)('%s in "%s"', (name, sentence) => {
    const found = findPersons(sentence, 'ru').find((p) => p.name === name);
    expect(found?.role).toMatch(/^[Гг]оссекретарь/u);
  });
});
