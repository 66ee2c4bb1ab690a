/**
 * A Russian holiday's name is no person's (locales/ru/holidayName.ts): "В преддверии Дня
 * Независимости Токаев встретился с ветеранами" named "Независимости Токаев", and "В День Победы
 * Токаев …" no one. Generated over holidays in the cases their prepositions take, names and
 * sentences written for the test; controls: a lower-case "день" is any day.
 */
import { describe, expect, it } from 'vitest';
import { findPersons } from '../../../../../scripts/extract/arguments/findPersons';

const names = (text: string) => findPersons(text, 'ru').map((p) => p.name);

// A holiday with the preposition before it: genitive, dative, accusative, instrumental.
const holidays = [
  'В преддверии Дня Независимости',
  'Ко Дню Конституции',
  'В День Победы',
  'Накануне Дня Конституции',
  'Перед Днём Столицы',
  'В канун Дня Защитника Отечества',
  'Ко Дню Благодарности',
  'Накануне праздника Наурыз',
];
const people = ['Токаев', 'Касым-Жомарт Токаев', 'Айгерим Сулейменова', 'Марат Ахметжанов'];
const verbs = ['встречается с ветеранами.', 'поздравляет граждан.'];

const cases = holidays.flatMap((h) =>
  people.flatMap((p) => verbs.map((v) => [`${h} ${p} ${v}`, p] as const)),
);
const controls = people.map((p) => [`В этот день ${p} подписывает указ.`, p] as const);

describe('a Russian holiday name before a person', () => {
  it.each([...cases, ...controls])('%s', (text, person) => {
    expect(names(text)).toEqual([person]);
  });
});
