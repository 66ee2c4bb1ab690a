/**
 * Kazakh case endings on a surname with a Russian suffix follow the vowel before -ев, -ёв, -ов,
 * not the suffix's own е or о: `Тоқаевты`, `Тоқаевқа` (was `Тоқаевті`, `Тоқаевке`), `Бектеновке`
 * (was `Бектеновқа`), `Әлиевке`; in -ин the и is front (`Путинге`, `Маминге`, was `Маминға`).
 * The paradigm is written out here from that rule, over surnames of each kind and every case.
 */
import { describe, expect, it } from 'vitest';
import { kkNameCases } from '../../../../../scripts/extract/locales/kk/kkNameEndings';
import { nominativeName } from '../../../../../scripts/extract/arguments/normaliseName';

// (surname, whether its endings are front)
const SURNAMES: [string, boolean][] = [
  ['Тоқаев', false],
  ['Назарбаев', false],
  ['Сәрсенбаев', false],
  ['Смайылов', false],
  ['Жапаров', false],
  ['Қошанов', false],
  ['Есенқұлов', false],
  ['Әлиев', true],
  ['Медведев', true],
  ['Мирзиёев', true],
  ['Бектенов', true],
  ['Әбдіров', true],
  ['Рыспеков', true],
  ['Мәсімов', true],
  ['Путин', true],
  ['Мамин', true],
  ['Мишустин', true],
  ['Есқожин', true],
];

/** Genitive, dative, accusative, locative, ablative, instrumental after a final в or н. */
function paradigm(name: string, front: boolean): string[] {
  const [a, y] = front ? ['е', 'і'] : ['а', 'ы'];
  if (name.endsWith('н'))
    return [`н${y}ң`, front ? 'ге' : 'ға', `д${y}`, `д${a}`, `н${a}н`, 'мен'].map((e) => name + e);
  return [`т${y}ң`, front ? 'ке' : 'қа', `т${y}`, `т${a}`, `т${a}н`, 'пен'].map((e) => name + e);
}

const CASES = ['genitive', 'dative', 'accusative', 'locative', 'ablative', 'instrumental'];
const ROWS = SURNAMES.flatMap(([name, front]) =>
  paradigm(name, front).map((form, i) => ({ name, form, case: CASES[i]!, i })),
);

describe('a Russian surname takes the harmony of the vowel before its suffix', () => {
  it.each(ROWS)('$name, $case: $form', ({ name, form, i }) => {
    expect(kkNameCases(name)[i]).toBe(form);
  });

  it.each(ROWS)('$form is $name after a given name', ({ name, form }) => {
    expect(nominativeName(['Ерлан', form], 'kk')).toEqual(['Ерлан', name]);
  });
});
