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

/**
 * Whatever preposition opens the sentence before the head, capitalised or not, and the last word of
 * the holiday's name is no state's noun before the name: "Ко Дню Республики Токаев наградил …"
 * named no one ("Республики" read as "Республики Корея"), "Ко дню Независимости Токаев …"
 * named "Независимости Токаев".
 */
const openers = [
  'Ко Дню',
  'В День',
  'С Днём',
  'Накануне Дня',
  'В канун Дня',
  'По случаю Дня',
  'В честь Дня',
  'Ко дню',
  'В день',
];
const dayNames = [
  'Республики',
  'Независимости',
  'Победы',
  'Столицы',
  'Защитника Отечества',
  'Конституции',
];
const actors = [
  ['Токаев', 'наградил орденами группу граждан.'],
  ['Касым-Жомарт Токаев', 'поздравил ветеранов.'],
  ['Айгерим Сулейменова', 'вручила медали.'],
  ['Бектенов', 'подписал постановление.'],
] as const;
const openerCases = openers.flatMap((o) =>
  dayNames.flatMap((d) => actors.map(([p, v]) => [`${o} ${d} ${p} ${v}`, p] as const)),
);
const dayControls = [
  ['В этот день Путин подписал указ.', 'Путин'],
  ['В тот же день Токаев провёл совещание.', 'Токаев'],
  ['На следующий день Бектенов встретился с аграриями.', 'Бектенов'],
] as const;

describe('a Russian holiday after any preposition, before a person', () => {
  it.each([...openerCases, ...dayControls])('%s', (text, person) => {
    expect(names(text)).toEqual([person]);
  });
});
