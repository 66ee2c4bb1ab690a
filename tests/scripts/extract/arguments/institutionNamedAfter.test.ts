/**
 * An institution named after a person is no person: "Тоқаев Назарбаев Қорына барды", "Форум
 * Назарбаев Университетінде өтті", "Нұрсұлтан Назарбаев Қоры жаңа жоба бастады" (test sentences
 * written for the check) each made Nazarbayev an actor. Generated over names, institution nouns
 * (capitalised and not) and the noun's cases; sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { findPersons } from '../../../../scripts/extract/arguments/findPersons';

const NAMES = ['Назарбаев', 'Нұрсұлтан Назарбаев', 'Тоқаев', 'Сәтбаев'];
// An institution's noun in the third person's possessive, and whether its endings are front.
const INSTITUTIONS: Array<[string, boolean]> = [
  ['Қоры', false],
  ['қоры', false],
  ['Университеті', true],
  ['университеті', true],
  ['Зияткерлік мектебі', true],
  ['Орталығы', false],
  ['Кітапханасы', false],
];
// The case's ending after the possessive, back and front, and the sentence around the name.
const CASES: Array<[string, string, (body: string) => string]> = [
  ['', '', (b) => `${b} жаңа жоба бастады.`],
  ['ның', 'нің', (b) => `${b} студенттері форумға қатысты.`],
  ['на', 'не', (b) => `Делегация ${b} барды.`],
  ['н', 'н', (b) => `Үкімет ${b} қаржыландырды.`],
  ['нда', 'нде', (b) => `Форум ${b} өтті.`],
  ['нан', 'нен', (b) => `Сарапшылар ${b} келді.`],
  ['мен', 'мен', (b) => `Министрлік ${b} меморандум жасады.`],
];

const forms = NAMES.flatMap((name) =>
  INSTITUTIONS.flatMap(([noun, front]) =>
    CASES.map(([back, fore, sentence]) => [
      sentence(`${name} ${noun}${front ? fore : back}`),
      name,
    ]),
  ),
);

describe('a body named after a person names no person', () => {
  it.each(forms)('%s', (sentence, name) => {
    const got = findPersons(sentence, 'kk').map((p) => p.name);
    expect(got).not.toContain(name);
    expect(got.filter((n) => n.includes(name.split(' ').at(-1)!))).toEqual([]);
  });
});
