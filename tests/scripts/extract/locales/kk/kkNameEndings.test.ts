/**
 * A surname with a Russian suffix in a case, before a capitalised post, is read as the person in the
 * nominative, whichever harmony the writer gave the ending: "Президент 5 наурызда Иван Петровты Бас
 * прокурор етіп тағайындады" (a test sentence written for the check) found no one, and "Олег
 * Сергеевты Бас прокурор" the person "Олег Сергеевты Бас": -ов, -ев, -ин were read with the root's
 * harmony only (`Петровті`), though news also write the suffix's own (`Петровты`, `Петровқа`).
 * Generated: given name × surname (-ов, -ев, -ин in both harmonies; -ова, -ева, -ина and -ұлы,
 * -қызы in their one) × the genitive, dative, accusative, ablative and instrumental, each with a
 * verb that takes it, the endings written out from the grammar here, not from the code. (Not the
 * locative: a person is seldom where a thing happens, and women's names end as one.)
 */
import { describe, expect, it } from 'vitest';
import { findPersons } from '../../../../../scripts/extract/arguments/findPersons';

/** The endings after a stem's last sound, back or front: gen, dat, acc, abl, ins. */
function endings(stem: string, front: boolean): string[] {
  const [a, y] = front ? ['е', 'і'] : ['а', 'ы'];
  // A possessive (-ұлы, -қызы) takes -н- before its case.
  if (/(?:ұлы|қызы)$/u.test(stem)) return [`н${y}ң`, `н${a}`, 'н', `н${a}н`, 'мен'];
  if (/[аеоы]$/u.test(stem)) return [`н${y}ң`, front ? 'ге' : 'ға', `н${y}`, `д${a}н`, 'мен'];
  if (/н$/u.test(stem)) return [`н${y}ң`, front ? 'ге' : 'ға', `д${y}`, `н${a}н`, 'мен'];
  // -в is voiceless before an ending (`Тоқаевты`).
  return [`т${y}ң`, front ? 'ке' : 'қа', `т${y}`, `т${a}н`, 'пен'];
}

/** A clause around the name in each case, and a capitalised post right after it. */
const CLAUSES = [
  (n: string) => `Сенат 5 наурызда ${n} Бас прокурор ретіндегі есебін тыңдады.`,
  (n: string) => `Сенат 5 наурызда ${n} Бас прокурор ретінде сұрақ қойды.`,
  (n: string) => `Президент 5 наурызда ${n} Бас прокурор етіп тағайындады.`,
  (n: string) => `Сенат 5 наурызда ${n} Еңбек министрі ретінде есеп сұрады.`,
  (n: string) => `Сенат 5 наурызда ${n} Жоғарғы сот төрағасы ретінде кездесті.`,
];
const CASES = ['genitive', 'dative', 'accusative', 'ablative', 'instrumental'];

// (given name, surname, the harmonies its endings may take: front, back)
const NAMES: Array<[string, string, boolean[]]> = [
  ['Иван', 'Петров', [true, false]],
  ['Олег', 'Иванов', [true, false]],
  ['Сергей', 'Сергеев', [true, false]],
  ['Дмитрий', 'Медведев', [true, false]],
  ['Олжас', 'Бектенов', [true, false]],
  ['Марат', 'Тоқаев', [true, false]],
  ['Ерлан', 'Қарин', [true, false]],
  ['Павел', 'Ильин', [true, false]],
  ['Асқар', 'Мамин', [true, false]],
  ['Анна', 'Петрова', [false]],
  ['Айгүл', 'Ахметова', [false]],
  ['Мария', 'Сергеева', [false]],
  ['Ольга', 'Ильина', [false]],
  ['Нұрлан', 'Ермекұлы', [false]],
  ['Айгүл', 'Серікқызы', [false]],
];

const rows = NAMES.flatMap(([given, surname, harmonies]) =>
  harmonies.flatMap((front) =>
    endings(surname, front).map((ending, c) => ({
      sentence: CLAUSES[c]!(`${given} ${surname}${ending}`),
      name: `${given} ${surname}`,
      case: CASES[c]!,
    })),
  ),
);

describe('a Russian-style surname in any case is the person, in the nominative', () => {
  it.each(rows)('$case: $sentence', ({ sentence, name }) => {
    const names = findPersons(sentence, 'kk').map((p) => p.name);
    expect(names).toContain(name);
    expect(names.filter((n) => n !== name)).toEqual([]);
  });
});
