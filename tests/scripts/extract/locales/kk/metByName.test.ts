/**
 * A foreign name of given names and a surname met with was no one in Kazakh: "Тоқаев Эммануэль
 * Макронмен кездесті." named only Tokayev; "Тоқаев Реджеп Тайип Ердоғанмен кездесті." alike. The
 * comitative glued to a foreign surname before a meeting word was read for a surname alone
 * ("Ердоғанмен", locales/kk/foreignMet.ts); Kazakh marks the case on the last word only, so the
 * given names before it stand as written. Sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { findPersons } from '../../../../../scripts/extract/arguments/findPersons';

/** A name in the nominative and with the comitative glued to its surname. */
const NAMES: Array<[string, string]> = [
  ['Эммануэль Макрон', 'Эммануэль Макронмен'],
  ['Реджеп Тайип Ердоған', 'Реджеп Тайип Ердоғанмен'],
  ['Реджеп Ердоған', 'Реджеп Ердоғанмен'],
  ['Олаф Шольц', 'Олаф Шольцпен'],
  ['Джо Байден', 'Джо Байденмен'],
  ['Эмомали Рахмон', 'Эмомали Рахмонмен'],
];

const FRAMES = [
  'Тоқаев {} кездесті.',
  'Ақордада Қасым-Жомарт Тоқаев {} кездесті.',
  'Тоқаев {} телефон арқылы сөйлесті.',
  'Президент Тоқаев {} келіссөз жүргізді.',
  'Кеше Тоқаев {} екіжақты кездесу өткізді.',
];

const guests = (sentence: string) =>
  findPersons(sentence, 'kk')
    .map((p) => p.name)
    .filter((n) => n !== 'Тоқаев' && n !== 'Қасым-Жомарт Тоқаев');

const FORMS = NAMES.flatMap(([name, met]) =>
  FRAMES.map((frame) => [frame.replace('{}', met), name] as const),
);

/** Capitalised words with no surname met, or a noun met: no one. */
const NOT_NAMES = [
  'Ұлы Жеңіс күні Астанада шеру өтті.',
  'Тоқаев Жаңа Тұранмен кездесті.',
  'Делегация Ұлы Далада кездесті.',
];

describe('a foreign name met with, its surname in the comitative', () => {
  it.each(FORMS)('%s → %s', (sentence, name) => {
    expect(guests(sentence)).toEqual([name]);
  });
  it.each(NOT_NAMES)('%s → no one', (sentence) => {
    expect(guests(sentence)).toEqual([]);
  });
});
