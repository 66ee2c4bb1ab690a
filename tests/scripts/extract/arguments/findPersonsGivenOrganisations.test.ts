/**
 * findPersons takes the organisations of its text from the caller (events/cached.ts has them
 * already), as it takes its places: a span the caller names an organisation is no person. The
 * cached finders used to find a paragraph's organisations twice (500 ms of 5 MB on one line).
 */
import { describe, expect, it } from 'vitest';
import { findPersons } from '../../../../scripts/extract/arguments/findPersons';

// (Sentences written for this test.)
const cases = [
  ['kk', 'Мәжіліс төрағасы Ерлан Қошанов мәлімдеді.', 'Ерлан Қошанов'],
  ['kk', 'Бүгін Сенат төрағасы Мәулен Әшімбаев сөз сөйледі.', 'Мәулен Әшімбаев'],
  ['ru', 'Председатель Мажилиса Ерлан Кошанов заявил об этом.', 'Ерлан Кошанов'],
] as const;

describe('findPersons with the organisations given', () => {
  it.each(cases)('%s: finds the person when no organisation is given (%s)', (lang, text, name) => {
    expect(findPersons(text, lang, [], []).map((p) => p.name)).toContain(name);
  });

  it.each(cases)('%s: a span given as an organisation is no person (%s)', (lang, text, name) => {
    const start = text.indexOf(name);
    const org = { start, end: start + name.length, text: name };
    expect(findPersons(text, lang, [], [org])).toEqual([]);
  });
});
