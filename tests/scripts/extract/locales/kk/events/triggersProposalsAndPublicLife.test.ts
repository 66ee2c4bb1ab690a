/**
 * A protest noun named only as the subject of a law or rule is no protest, the first of a list
 * too: "митингілер, шерулер мен пикеттер туралы заң" (before, the comma after the first noun hid
 * the "туралы" after the list). Generated over the list's first nouns, the rest of the list and
 * what it is the subject of; protests held, in a list too, as controls. Sentences written for the
 * test.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences, kindsAndDays } from '../../../events/extractSentences';

const PUB = '2025-03-12';
const LISTS = [
  'митингілер, шерулер мен пикеттер',
  'шерулер, митингілер және пикеттер',
  'пикеттер, жиындар мен демонстрациялар',
  'митингілер, жиындар',
];
const HEADS = [
  'туралы заң қабылдады',
  'туралы заңға қол қойды',
  'жөніндегі ережені бекітті',
  'туралы заңға түзетулер енгізді',
];
const titles = (s: string) => extractSentences('kk', s, PUB).events.map((e) => e.title.en);

describe("a protest listed as a law's subject is no protest", () => {
  it.each(LISTS)('%s … туралы заң', (list) => {
    for (const head of HEADS) {
      const s = `Мәжіліс 2019 жылы ${list} ${head}.`;
      expect(titles(s), s).not.toContainEqual('Protests');
    }
  });
  it.each([
    'Алаңда 5 наурызда митинг өтті.',
    'Қалада 5 наурызда митингілер, шерулер мен пикеттер өтті.',
    'Алаңда 5 наурызда митинг, кейін шеру өтті.',
  ])('a protest held is still one: %s', (s) => {
    expect(kindsAndDays('kk', s, PUB)).toContainEqual(expect.stringMatching(/^other 2025-03-05/u));
  });
});
