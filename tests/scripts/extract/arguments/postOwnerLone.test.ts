/**
 * A lone genitive after a post in another case (`с главой МИД Сингапура`, `с министром
 * иностранных дел Китая`, `с послом Турции`, `министру …`) or after an abbreviation that ends the
 * post (`главы МИД Японии`) is whose post it is, a state, not a person; a holder's name there is
 * still one (`с министром Ивановым`, `главы МИД Петрова`). Sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { findPersons } from '../../../../scripts/extract/arguments/findPersons';

const OWNERS = ['Сингапура', 'Китая', 'Казахстана', 'Турции', 'Японии', 'Катара'];
const POSTS = [
  'провёл переговоры с главой МИД',
  'встретился с министром иностранных дел',
  'встретился с послом',
  'направил письмо министру',
  'обсудил визит главы МИД',
];

describe("a post's owner after the post is no person", () => {
  it.each(POSTS.flatMap((p) => OWNERS.map((o) => [o, `Мурат Нуртлеу ${p} ${o}.`] as const)))(
    '%s in "%s"',
    (owner, sentence) => {
      expect(findPersons(sentence, 'ru').map((p) => p.name)).not.toContain(owner);
    },
  );
});

describe("the post's holder there still is one", () => {
  it.each([
    ['Иванов', 'Токаев встретился с министром Ивановым.'],
    ['Петров', 'Обсуждён визит главы МИД Петрова.'],
    ['Сапаров', 'Токаев встретился с послом Сапаровым.'],
  ])('%s in "%s"', (name, sentence) => {
    expect(findPersons(sentence, 'ru').map((p) => p.name)).toContain(name);
  });
});

describe('one named to a post in the instrumental is its holder', () => {
  it.each(
    ['Токаева', 'Смаилова', 'Мишустина', 'Петровой'].flatMap((n) => [
      [n, `Съезд избрал председателем партии ${n}.`],
      [n, `Президент назначил министром иностранных дел ${n}.`],
    ]),
  )('%s in "%s"', (name, sentence) => {
    const names = findPersons(sentence, 'ru').map((p) => p.name);
    expect(names.some((n) => name.startsWith(n.slice(0, -1)))).toBe(true);
  });
});
