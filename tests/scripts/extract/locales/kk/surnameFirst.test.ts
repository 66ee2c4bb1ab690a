/**
 * Kazakh names written surname first with a patronymic, as decrees and lists write them (`Тоқаев
 * Қасым-Жомарт Кемелұлы`), the case on the patronymic (`Кемелұлына`): one person, given name
 * first, in the nominative, as the Russian `Иванов Иван Иванович` is. Names made up for the test
 * (or a public figure's); sentences written for it.
 */
import { describe, expect, it } from 'vitest';
import { findPersons } from '../../../../../scripts/extract/arguments/findPersons';
import { kkNameCases } from '../../../../../scripts/extract/locales/kk/kkNameEndings';
import { isKkSurnameFirst } from '../../../../../scripts/extract/locales/kk/surnameFirst';

const NAMES: Array<[string, string, string]> = [
  ['Тоқаев', 'Қасым-Жомарт', 'Кемелұлы'],
  ['Сапаров', 'Ерлан', 'Болатұлы'],
  ['Ахметова', 'Айгүл', 'Нұрланқызы'],
  ['Қарин', 'Ерлан', 'Төлеутайұлы'],
];

// Where the name stands: alone, after a word opening the sentence, after a post.
const FRAMES = [
  (name: string) => `${name} туралы хабарланды.`,
  (name: string) => `Сондай-ақ ${name} туралы айтылды.`,
  (name: string) => `Мемлекеттік хатшы ${name} туралы айтылды.`,
];

const CASES = NAMES.flatMap(([surname, given, patronymic]) =>
  // (Every case but the instrumental: "Тоқаев Ерлан Серікұлымен кездесті" is the one met.)
  [patronymic, ...kkNameCases(patronymic).filter((form) => !form.endsWith('мен'))].map(
    (form) => [`${given} ${patronymic} ${surname}`, `${surname} ${given} ${form}`] as const,
  ),
);

describe('a Kazakh name written surname first, in every case', () => {
  it.each(CASES.flatMap(([nominative, name]) => FRAMES.map((frame) => [nominative, frame(name)])))(
    '%s: %s',
    (nominative, sentence) => {
      expect(findPersons(sentence, 'kk').map((p) => p.name)).toEqual([nominative]);
    },
  );
});

// A surname before a given name and a patronymic that does not agree with it (a daughter's after a
// man's surname), or one in the instrumental, the one met: two people, the patronymic a surname.
const TWO = [
  ['Тоқаев', 'Айгүл Нұрланқызы', ['Нұрланқызы', ...kkNameCases('Нұрланқызы')]],
  ['Сапаров', 'Ерлан Болатұлы', ['Болатұлымен']],
  ['Ахметова', 'Ерлан Болатұлы', ['Болатұлы', 'Болатұлына', 'Болатұлымен']],
] as const;

describe('a surname before someone else named with a patronymic', () => {
  it.each(
    TWO.flatMap(([surname, name, forms]) =>
      forms.map((form) => [`${surname} ${name.split(' ')[0]} ${form} кездесті.`, [surname, name]]),
    ),
  )('%s', (sentence, expected) => {
    expect(findPersons(sentence as string, 'kk').map((p) => p.name)).toEqual(expected);
  });
});

describe('isKkSurnameFirst', () => {
  it.each([
    [['Тоқаев', 'Қасым-Жомарт', 'Кемелұлы'], true],
    [['Тоқаев', 'Қасым-Жомарт', 'Кемелұлына'], true],
    // (Given name first, or no patronymic last.)
    [['Қасым-Жомарт', 'Кемелұлы', 'Тоқаев'], false],
    [['Тоқаев', 'Қасым-Жомарт', 'Ерлан'], false],
    [['Ерлан', 'Болат', 'Серікұлы'], false],
    [['Тоқаев', 'Айгүл', 'Нұрланқызы'], false],
    [['Тоқаев', 'Ерлан', 'Серікұлымен'], false],
  ])('%j → %s', (words, expected) => {
    expect(isKkSurnameFirst(words)).toBe(expected);
  });
});
