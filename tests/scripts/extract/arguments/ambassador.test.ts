/**
 * `посол` is a post in every case, though its stem loses its vowel (`посла`, `послу`, `послом`):
 * the name after it is its holder, and the role reads in the nominative. Sentences written for the
 * test (names made up or a public figure's).
 */
import { describe, expect, it } from 'vitest';
import { findPersons } from '../../../../scripts/extract/arguments/findPersons';

const NAMES: Array<[string, string, string, string]> = [
  // nominative, genitive, dative, instrumental
  ['Вивиан Балакришнан', 'Вивиана Балакришнана', 'Вивиану Балакришнану', 'Вивианом Балакришнаном'],
  ['Джон Смит', 'Джона Смита', 'Джону Смиту', 'Джоном Смитом'],
  ['Алексей Бородавкин', 'Алексея Бородавкина', 'Алексею Бородавкину', 'Алексеем Бородавкиным'],
];
const STATES = ['Сингапура', 'Великобритании', 'России'];

const cases = NAMES.flatMap(([nom, gen, dat, ins], i) => {
  const s = STATES[i]!;
  return [
    [nom, `Токаев встретился с послом ${s} ${ins}.`],
    [nom, `Токаев принял посла ${s} ${gen}.`],
    [nom, `Министр вручил послу ${s} ${dat} ноту.`],
    [nom, `Посол ${s} ${nom} заявил о поддержке.`],
  ] as const;
});

describe('an ambassador named after his post', () => {
  it.each(cases)('%s in "%s"', (name, sentence) => {
    const found = findPersons(sentence, 'ru').find((p) => p.name === name);
    expect(found?.role).toMatch(/^[Пп]осол /u);
  });
});
