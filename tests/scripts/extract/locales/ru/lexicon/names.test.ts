import { describe, expect, it } from 'vitest';
import { findPersons } from '../../../../../../scripts/extract/arguments/findPersons';
import {
  declineRuName,
  nominativeRuName,
  RU_CASES,
} from '../../../../../../scripts/extract/locales/ru/ruNameCase';

// Women's given names of every declension (-а, -я after a consonant, -ия, -ь, Kazakh -у, none),
// with a surname of made-up families; each is declined in all six cases and read back.
const GIVEN = [
  'Лейла',
  'Майра',
  'Дарига',
  'Наиля',
  'Жамиля',
  'Мария',
  'Наталия',
  'Алия',
  'Любовь',
  'Асель',
  'Анель',
  'Айсулу',
  'Кунсулу',
  'Нурсулу',
  'Айгерим',
  'Сауле',
];
const SURNAMES = ['Искакова', 'Бекенова', 'Сарсенбаева'];

const FORMS = GIVEN.flatMap((given) =>
  SURNAMES.flatMap((surname) =>
    RU_CASES.map((c) => [c, declineRuName([given, surname], 'f', c).join(' '), given, surname]),
  ),
);

describe('a woman’s given name back in the nominative', () => {
  it.each(FORMS)('the %s form %s is %s %s', (c, written, given, surname) => {
    const words = written.split(' ');
    // As the sentence shows her (a verb in -ла, a word that governs the case) and as it does not.
    expect(nominativeRuName(words, 'f', c as (typeof RU_CASES)[number])).toEqual([given, surname]);
    expect(nominativeRuName(words)).toEqual([given, surname]);
  });

  it.each([
    ['вручил награду', 'dat'],
    ['наградил', 'acc'],
    ['рассказал о', 'pre'],
  ] as const)('in a sentence: «Аким %s …»', (verb, c) => {
    for (const given of GIVEN) {
      const written = declineRuName([given, 'Искакова'], 'f', c).join(' ');
      const found = findPersons(`Аким области ${verb} ${written} в Астане.`, 'ru');
      expect(found.map((p) => p.name)).toContain(`${given} Искакова`);
    }
  });
});
