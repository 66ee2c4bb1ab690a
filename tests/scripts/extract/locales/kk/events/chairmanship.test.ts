/**
 * A chairmanship of an organisation taken or handed over, with the time, the place and the giver
 * between the noun and the verb that ends the clause ("Қазақстан ШЫҰ-ға төрағалықты 2023 жылғы 4
 * шілдеде Үндістаннан қабылдаған"); and a party's or a body's chair handed to a person, who takes
 * the post ("партия төрағалығын Ерлан Қошановқа тапсырды"). Generated: what stands between × the
 * verbs' forms × sentence shapes. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { findTriggers } from '../../../../../../scripts/extract/events/findTriggers';

const facets = (sentence: string) => findTriggers(sentence, 'kk').map((h) => h.trigger.facet);

const BETWEEN = [
  '',
  '2023 жылғы 4 шілдеде',
  '2023 жылғы 4 шілдеде Үндістаннан',
  '2023 жылғы 4 шілдеде онлайн саммитте Үндістаннан',
  '2023 жылғы 4 шілдеде онлайн форматта өткен саммитте Үндістаннан',
];
const TAKEN = ['қабылдады', 'қабылдаған', 'қабылдайды', 'тапсырды', 'тапсырған'];
const SHAPES = (clause: string) => [
  `Қазақстан ШЫҰ-ға ${clause}.`,
  `Еске салайық, Қазақстан ұйымға ${clause}, деді министр.`,
];

describe('Kazakh: a chairmanship taken or handed over', () => {
  const cases = BETWEEN.flatMap((between) =>
    TAKEN.flatMap((verb) => SHAPES(`төрағалықты ${between ? `${between} ` : ''}${verb}`)),
  );
  it.each(cases)('a chairmanship: %s', (sentence) => {
    expect(facets(sentence)).toContain('chairmanship');
  });
});

const NAMES = ['Ерлан Қошановқа', 'Тоқаевқа', 'Қ.Тоқаевқа', 'Айгүл Сәрсенбаеваға', 'Нұрлан Бекке'];
const POSTS = [
  'партия төрағалығын',
  'AMANAT партиясының төрағалығын',
  'кеңестің басшылығын',
  'фракция жетекшілігін',
];
const HANDED = ['тапсырды', 'тапсырған', 'тапсырылды', 'берді', 'берген', 'берілді', 'береді'];

describe('Kazakh: a chair handed to a person', () => {
  const cases = POSTS.flatMap((post) =>
    NAMES.flatMap((name) =>
      HANDED.flatMap((verb) => [
        `Мемлекет басшысы ${post} ${name} ${verb}.`,
        `2022 жылғы 26 сәуірде съезде ${post} ${name} ${verb}, деп хабарлады партия.`,
      ]),
    ),
  );
  it.each(cases)('an appointment: %s', (sentence) => {
    expect(findTriggers(sentence, 'kk').map((h) => h.trigger.type)).toContain('appointment');
  });
  it.each([
    'Партия төрағалығын мықты етуге көңіл бөлінді.',
    'Ол партия төрағалығын өзі атқарды.',
    'Кеңестің басшылығына хат берді.',
  ])('no appointment: %s', (sentence) => {
    expect(findTriggers(sentence, 'kk').map((h) => h.trigger.type)).not.toContain('appointment');
  });
});
