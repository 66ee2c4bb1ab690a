/**
 * `во главе с` ("headed by") is a preposition, not the post `глава`: the person after it has no
 * post from it, and the post after it, if any, is the person's (`делегация во главе с министром
 * иностранных дел Муратом Нуртлеу`). Names and sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { findPersons } from '../../../../../scripts/extract/arguments/findPersons';
import { declineRuName } from '../../../../../scripts/extract/locales/ru/ruNameCase';

const NAMES: Array<[string, string]> = [
  ['Мурат', 'Нуртлеу'],
  ['Олжас', 'Бектенов'],
  ['Маулен', 'Ашимбаев'],
  ['Ерлан', 'Карин'],
];

// The post after the preposition, in the instrumental it governs, and its nominative.
const POSTS: Array<[string, string | undefined]> = [
  ['', undefined],
  ['министром иностранных дел ', 'министр иностранных дел'],
  ['председателем Сената ', 'председатель Сената'],
  ['Премьер-министром ', 'Премьер-министр'],
  ['послом ', 'посол'],
];

const FRAMES = [
  (after: string) => `Делегация во главе с ${after} прибыла в Пекин.`,
  (after: string) => `Делегация Казахстана во главе с ${after} провела переговоры.`,
  (after: string) => `Во главе с ${after} правительство утвердило план.`,
];

const CASES = NAMES.flatMap((name) =>
  POSTS.flatMap(([post, role]) =>
    FRAMES.map((frame) => [
      name.join(' '),
      role,
      frame(post + declineRuName(name, 'm', 'ins').join(' ')),
    ]),
  ),
);

describe('во главе с: no post of its own, the post after it if any', () => {
  it.each(CASES)('%s (%s): %s', (name, role, sentence) => {
    const people = findPersons(sentence as string, 'ru');
    expect(people.map((p) => [p.name, p.role])).toEqual([[name, role]]);
  });
});
