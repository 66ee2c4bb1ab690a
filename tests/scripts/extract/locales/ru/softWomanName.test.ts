/**
 * A Kazakh woman's given name in a soft consonant (`Асель`, `Айгуль`, `Анель`, `Гузель`) keeps one
 * form in Russian news, and her surname carries the case: "Токаев встретился с Асель Жанабаевой"
 * named no one (the reading wanted `Асели`, so the name stayed as written and its surname in -ой
 * was no nominative). Now every case gives the nominative `Асель Жанабаева`, and the declined
 * Russian form still reads (`с Любовью Петровой`, `Асели Жанабаевой`). Sentences written for the
 * test; the case forms are written out.
 */
import { describe, expect, it } from 'vitest';
import { findPersons } from '../../../../../scripts/extract/arguments/findPersons';

const GIVEN = ['Асель', 'Айгуль', 'Анель', 'Гузель'];

/** A woman's surname in the nominative, genitive, dative, accusative, instrumental, prepositional. */
const SURNAMES: string[][] = [
  ['Жанабаева', 'Жанабаевой', 'Жанабаевой', 'Жанабаеву', 'Жанабаевой', 'Жанабаевой'],
  ['Сапарова', 'Сапаровой', 'Сапаровой', 'Сапарову', 'Сапаровой', 'Сапаровой'],
  ['Искалина', 'Искалиной', 'Искалиной', 'Искалину', 'Искалиной', 'Искалиной'],
  ['Тохтарова', 'Тохтаровой', 'Тохтаровой', 'Тохтарову', 'Тохтаровой', 'Тохтаровой'],
];

/** Sentences by case (index in the surname's forms); `{}` stands for the name. */
const FRAMES: Array<[number, string]> = [
  [0, '{} назначена вице-министром.'],
  [1, 'Кандидатура {} одобрена депутатами.'],
  [1, 'По словам {}, реформа продолжится.'],
  [2, 'Токаев вручил орден {}.'],
  [2, 'Министр обратился к {} с просьбой.'],
  [3, 'Президент назначил {} вице-министром.'],
  [3, '{} освободили от должности.'],
  [4, 'Токаев встретился с {} в Акорде.'],
  [5, 'Депутаты говорили о {} на заседании.'],
];

const FORMS = GIVEN.flatMap((given) =>
  SURNAMES.flatMap((forms) =>
    FRAMES.map(([c, frame]) => [
      frame.replace('{}', `${given} ${forms[c]}`),
      `${given} ${forms[0]}`,
    ]),
  ),
);

/** The declined Russian form of such a name reads as before. */
const DECLINED: Array<[string, string]> = [
  ['Токаев встретился с Любовью Петровой в Акорде.', 'Любовь Петрова'],
  ['Кандидатура Любови Петровой одобрена депутатами.', 'Любовь Петрова'],
  ['Кандидатура Асели Жанабаевой одобрена депутатами.', 'Асель Жанабаева'],
  ['Токаев встретился с Аселью Жанабаевой в Акорде.', 'Асель Жанабаева'],
];

const people = (sentence: string) =>
  findPersons(sentence, 'ru')
    .map((p) => p.name)
    .filter((n) => n !== 'Токаев');

describe("a woman's given name in a soft consonant keeps one form", () => {
  it.each([...FORMS, ...DECLINED])('%s', (sentence, name) => {
    expect(people(sentence)).toEqual([name]);
  });
});
