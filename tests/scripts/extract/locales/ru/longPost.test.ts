/**
 * A Russian post longer than four words stays its holder's: the complement of genitives after the
 * post noun (`Министр иностранных дел Республики Сингапур`), joined by "и" or with "по" and its
 * object, a post before a genitive post (`Заместитель Премьер-министра`, `Советник Президента`)
 * and two posts joined by a dash. Not over words that are no complement ("Президент подписывает
 * указ о назначении …"), nor "и" right before the name. Posts and names written for the test.
 */
import { describe, expect, it } from 'vitest';
import { findPersons } from '../../../../../scripts/extract/arguments/findPersons';
import { isPostComplement } from '../../../../../scripts/extract/locales/ru/postComplement';

const POSTS = [
  'Министр иностранных дел Республики Сингапур',
  'Министр иностранных дел Республики Казахстан',
  'Министр внутренних дел',
  'Министр труда и социальной защиты населения',
  'Министр по чрезвычайным ситуациям',
  'Председатель Комитета по делам спорта и физической культуры',
  'Заместитель Премьер-министра Республики Казахстан',
  'Заместитель председателя Мажилиса',
  'Советник Президента',
  'Заместитель Премьер-министра – министр иностранных дел Республики Казахстан',
  'Заместитель Премьер-министра – министр финансов',
];

const NAMES = [
  ['Вивиан Балакришнан', 'прибыл'],
  ['Мурат Нуртлеу', 'провел переговоры'],
  ['Светлана Жакупова', 'провела встречу'],
];

describe('a long Russian post before its holder', () => {
  it.each(POSTS.flatMap((post) => NAMES.map(([name, verb]) => [post, name!, verb!])))(
    '%s %s',
    (post, name, verb) => {
      const found = findPersons(`${post} ${name} ${verb}.`, 'ru');
      expect(found.map((p) => [p.name, p.role])).toEqual([[name, post]]);
    },
  );

  it.each([
    ['Президент подписывает указ о назначении Ивана Петрова.', 'Иван Петров', undefined],
    ['Президент и Иван Петров обсудили вопросы.', 'Иван Петров', undefined],
    // (In the name's own case: "Указом Главы государства Иван Иванович Иванов" is the head of
    // state's decree, and Ivanov its subject, locales/ru/roleCaseClashGiven.test.ts.)
    [
      'По словам Главы государства Ивана Ивановича Иванова, работа продолжится.',
      'Иван Иванович Иванов',
      'Глава государства',
    ],
    [
      'Президент Турецкой Республики Реджеп Тайип Эрдоган прибыл.',
      'Реджеп Тайип Эрдоган',
      'Президент Турецкой Республики',
    ],
  ])('%s', (sentence, name, role) => {
    expect(findPersons(sentence, 'ru').map((p) => [p.name, p.role])).toEqual([[name, role]]);
  });
});

describe('isPostComplement', () => {
  it.each([
    [['иностранных', 'дел', 'Республики', 'Сингапур'], true],
    [['труда', 'и', 'социальной', 'защиты', 'населения'], true],
    [['по', 'чрезвычайным', 'ситуациям'], true],
    [['подписывает', 'указ', 'о', 'назначении'], false],
    [['сегодня', 'провести', 'встречу'], false],
    [['и'], false],
  ] as const)('%j: %s', (words, expected) => {
    expect(isPostComplement(words)).toBe(expected);
  });
});
