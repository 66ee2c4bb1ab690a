/**
 * Russian names in full with a patronymic, in either order: given name, patronymic, surname
 * (`Иван Иванович Иванов`) or surname first, as decrees write them (`Иванов Иван Иванович`,
 * `назначить Иванова Ивана Ивановича`), in every case, with or without a word opening the
 * sentence before them. Each comes back as one person, given name first, in the nominative.
 * Names made up for the test (or a public figure's); sentences written for it.
 */
import { describe, expect, it } from 'vitest';
import { findPersons } from '../../../../scripts/extract/arguments/findPersons';
import { isSurnameFirst } from '../../../../scripts/extract/locales/ru/surnameFirst';
import {
  declineRuName,
  RU_CASES,
  type Gender,
} from '../../../../scripts/extract/locales/ru/ruNameCase';

const NAMES: Array<[Gender, [string, string, string]]> = [
  ['m', ['Иван', 'Иванович', 'Иванов']],
  ['m', ['Касым-Жомарт', 'Кемелевич', 'Токаев']],
  ['m', ['Сергей', 'Николаевич', 'Петров']],
  ['m', ['Ерлан', 'Болатович', 'Сапаров']],
  ['f', ['Мария', 'Петровна', 'Иванова']],
  ['f', ['Айгерим', 'Нурлановна', 'Сапарова']],
  ['f', ['Гульнара', 'Маратовна', 'Ахметова']],
];

// Where the name stands: the word before it, if any, and what follows it.
const FRAMES = [
  (name: string) => `${name} назначен на должность.`,
  (name: string) => `Назначить ${name} на должность.`,
  (name: string) => `Сегодня ${name} провел встречу.`,
];

const CASES = NAMES.flatMap(([g, name]) =>
  RU_CASES.flatMap((c) => {
    const [given, patronymic, surname] = declineRuName(name, g, c) as [string, string, string];
    return [
      [name.join(' '), c, 'given first', `${given} ${patronymic} ${surname}`],
      [name.join(' '), c, 'surname first', `${surname} ${given} ${patronymic}`],
    ] as const;
  }),
);

describe('a Russian name with a patronymic, in either order and every case', () => {
  it.each(CASES.flatMap((row) => FRAMES.map((frame) => [row[0], row[1], row[2], frame(row[3])])))(
    '%s (%s, %s): %s',
    (nominative, _case, _order, sentence) => {
      expect(findPersons(sentence, 'ru').map((p) => p.name)).toEqual([nominative]);
    },
  );
});

describe('isSurnameFirst', () => {
  it.each([
    [['Иванов', 'Иван', 'Иванович'], true],
    [['Токаеву', 'Касым-Жомарту', 'Кемелевичу'], true],
    [['Ивановой', 'Марии', 'Петровны'], true],
    // (Given name first, or no patronymic, or no surname's shape first.)
    [['Иван', 'Иванович', 'Иванов'], false],
    [['Реджеп', 'Тайип', 'Эрдоган'], false],
    [['Назначить', 'Ивана', 'Ивановича'], false],
    [['Иванов', 'Иван'], false],
  ] as const)('%j: %s', (words, expected) => {
    expect(isSurnameFirst(words)).toBe(expected);
  });
});
