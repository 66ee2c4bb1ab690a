/**
 * A foreign name in Kazakh is read from Kazakh morphology, whatever its surname's last sound
 * (locales/kk/foreignMet.ts, locales/kk/metByName.ts): "Тоқаев Дональд Трамппен телефон арқылы
 * сөйлесті" and "Тоқаев Франк-Вальтер Штайнмайермен кездесті" found no guest (the comitative was
 * read only after -ан/-он/-ен/-эн/-ц, a given name only without a hyphen), and "Эммануэль Макрон
 * Астанаға келді" no one (a given name not in the names list, the surname in the nominative).
 * Generated over names (surnames ending in a vowel, a sonorant, a voiceless consonant, a soft sign;
 * given names plain and hyphenated) and clauses: the comitative before a meeting word, the
 * nominative before a visit's verb. Sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { findPersons } from '../../../../../scripts/extract/arguments/findPersons';

// A name and its comitative: -пен after a voiceless consonant, -мен after a vowel or a sonorant.
const NAMES = [
  ['Дональд Трамп', 'Дональд Трамппен'],
  ['Франк-Вальтер Штайнмайер', 'Франк-Вальтер Штайнмайермен'],
  ['Нарендра Моди', 'Нарендра Модимен'],
  ['Кир Стармер', 'Кир Стармермен'],
  ['Шарль Мишель', 'Шарль Мишельмен'],
  ['Антониу Гутерреш', 'Антониу Гутеррешпен'],
  ['Эммануэль Макрон', 'Эммануэль Макронмен'],
] as const;
const MET = [
  'Тоқаев {} кездесті.',
  'Тоқаев {} телефон арқылы сөйлесті.',
  'Президент Тоқаев {} келіссөздер жүргізді.',
];
const SUBJECT = [
  '{} Астанаға келді.',
  '{} Астанаға ресми сапармен келді.',
  '{} Ақордада Тоқаевпен кездесті.',
];

/** Groups and nouns met: no one. */
const NOT_NAMES = [
  'Студенттер Ұлы Отанмен кездесті.',
  'Тоқаев Жаңа Тұранмен кездесті.',
  'Жастармен кездесу өтті.',
  'Тоқаев Кәсіпкерлермен кездесті.',
  'Тоқаев Ардагерлермен кездесті.',
];

const names = (text: string) =>
  findPersons(text, 'kk')
    .map((p) => p.name)
    .filter((n) => n !== 'Тоқаев');

describe('a foreign name of any surname shape', () => {
  it.each(NAMES.flatMap(([name, met]) => MET.map((f) => [f.replace('{}', met), name])))(
    '%s',
    (text, name) => expect(names(text)).toEqual([name]),
  );
  it.each(NAMES.flatMap(([name]) => SUBJECT.map((f) => [f.replace('{}', name), name])))(
    '%s',
    (text, name) => expect(names(text)).toEqual([name]),
  );
  it.each(NOT_NAMES)('%s: no one', (text) => expect(names(text)).toEqual([]));
});
