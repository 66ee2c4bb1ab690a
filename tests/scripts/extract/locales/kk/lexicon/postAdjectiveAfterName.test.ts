/**
 * A capitalised adjective that opens a post or a body's name ("Мемлекеттік кеңесші", "Ұлттық
 * банк", "Жоғарғы сот") right after a person's name starts the post: the name is the two words
 * before it, whatever their ending ("Ерлан Қарин Мемлекеттік кеңесші болып тағайындалды" had lost
 * the appointee). Generated over the adjectives, names (weak surname endings, and a strong one) and the
 * sentence's verbs; words written for the test.
 */
import { describe, expect, it } from 'vitest';
import { findPersons } from '../../../../../../scripts/extract/arguments/findPersons';

const ADJECTIVES = [
  ['Мемлекеттік', 'кеңесші'],
  ['Ұлттық', 'банк төрағасы'],
  ['Халықаралық', 'қатынастар жөніндегі кеңесші'],
  ['Конституциялық', 'Сот судьясы'],
  ['Республикалық', 'штаб жетекшісі'],
  ['Орталық', 'сайлау комиссиясының мүшесі'],
  ['Жоғарғы', 'Сот төрағасы'],
  ['Облыстық', 'мәслихат хатшысы'],
] as const;
const NAMES = ['Ерлан Қарин', 'Данияр Әлин', 'Әсел Жанаева', 'Нұрлан Жұмабек'];

describe('a post adjective after a name', () => {
  it.each(ADJECTIVES.flatMap(([a, post]) => NAMES.map((n) => [n, a, post])))(
    '%s %s %s …',
    (name, adjective, post) => {
      for (const verb of ['болып тағайындалды', 'болып сайланды', 'қызметінен босатылды'])
        expect(
          findPersons(`Жарлықпен ${name} ${adjective} ${post} ${verb}.`, 'kk').map((p) => p.name),
        ).toContain(name);
    },
  );
});
