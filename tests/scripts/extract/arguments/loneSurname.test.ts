/**
 * Russian surnames without -ов/-ев named alone (`Путин`, `Мишустин`, `Лукашенко`, `Матвиенко`) are
 * people when a past verb beside them agrees (`Путин провёл`, `заявил Мишустин`, `Матвиенко
 * заявила`); places and common nouns of that shape (`Турин`, `Магазин`, `Россиянин`, `Берлин`)
 * are not. Sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { findPersons } from '../../../../scripts/extract/arguments/findPersons';

const MEN = ['Путин', 'Мишустин', 'Голицын', 'Лукашенко', 'Кличко'];
const WOMEN = ['Матвиенко'];

const FRAMES: Array<(name: string, past: (m: string) => string) => string> = [
  (n, p) => `${n} ${p('провёл')} переговоры с Токаевым.`,
  (n, p) => `${n} ${p('прибыл')} в Астану с официальным визитом.`,
  (n, p) => `Об этом ${p('заявил')} ${n} на брифинге.`,
  (n, p) => `В понедельник ${n} ${p('подписал')} указ.`,
];

const feminine = (verb: string) => (verb === 'провёл' ? 'провела' : `${verb}а`);

const cases = [
  ...MEN.flatMap((n) => FRAMES.map((f) => [n, f(n, (v) => v)] as const)),
  ...WOMEN.flatMap((n) => FRAMES.map((f) => [n, f(n, feminine)] as const)),
];

describe('a lone surname with a verb that agrees names a person', () => {
  it.each(cases)('%s in "%s"', (name, sentence) => {
    expect(findPersons(sentence, 'ru').map((p) => p.name)).toContain(name);
  });
});

const NOT_PEOPLE = ['Турин', 'Берлин', 'Пекин', 'Магазин', 'Россиянин', 'Гражданин', 'Мартин'];

describe('a place or a noun of that shape is no person', () => {
  it.each(NOT_PEOPLE.flatMap((n) => FRAMES.map((f) => [n, f(n, (v) => v)] as const)))(
    '%s in "%s"',
    (name, sentence) => {
      expect(findPersons(sentence, 'ru').map((p) => p.name)).not.toContain(name);
    },
  );
});
