import { describe, expect, it } from 'vitest';
import { findPersons } from '../../../../../scripts/extract/arguments/findPersons';
import {
  nominativeName,
  nominativeSurname,
} from '../../../../../scripts/extract/arguments/normaliseName';

/**
 * A Kazakh name's case forms, written out for the test from the grammar (not from the code):
 * vowel harmony by the last vowel but и/у, the ending's consonant by the name's last sound, and
 * the possessive -н- after -ұлы/-қызы.
 */
function forms(name: string): string[] {
  const lower = name.toLowerCase();
  const vowels = lower.match(/[аәоөұүыіеэя]/gu) ?? [];
  const front = /[әөүіеэ]/u.test(vowels.at(-1) ?? 'а');
  const A = front ? 'е' : 'а';
  const Y = front ? 'і' : 'ы';
  if (/(?:ұлы|қызы)$/u.test(lower))
    return [
      name,
      `${name}н${Y}ң`,
      `${name}н${A}`,
      `${name}н`,
      `${name}нд${A}`,
      `${name}н${A}н`,
      `${name}мен`,
    ];
  const vowel = /[аәоөұүыіеэя]$/u.test(lower);
  const nasal = /[мнң]$/u.test(lower);
  const voiceless = /[пкқтсшх]$/u.test(lower);
  const sibilant = /[жз]$/u.test(lower);
  const D = voiceless ? 'т' : 'д';
  return [
    name,
    `${name}${vowel || nasal ? 'н' : D}${Y}ң`,
    `${name}${voiceless ? (front ? 'к' : 'қ') : front ? 'г' : 'ғ'}${A}`,
    `${name}${vowel ? 'н' : D}${Y}`,
    `${name}${D}${A}`,
    `${name}${nasal ? 'н' : D}${A}н`,
    `${name}${voiceless ? 'п' : sibilant ? 'б' : 'м'}ен`,
  ];
}

// Given names ending in each vowel and consonant class, and names that end as a case would.
const GIVEN = ['Айсулу', 'Әлия', 'Айгерім', 'Дариға', 'Гүлнар', 'Мәди', 'Ерлан', 'Серік'];
const FATHERS = ['Айсулу', 'Мәди', 'Ерлан', 'Серік', 'Асхат', 'Гүлнар', 'Бауыржан', 'Құлпаш'];
const KEPT = ['Тілеуберді', 'Бекзада', 'Ердан', 'Ерден', 'Айдан'];
const SURNAMES = [
  'Қасымов',
  'Әлиев',
  'Қасымова',
  'Әлиева',
  'Сапарин',
  'Сапарина',
  'Серікұлы',
  'Ерланқызы',
];

const WITH_SURNAME = GIVEN.flatMap((g) =>
  SURNAMES.flatMap((s) => forms(s).map((f) => [g, f, `${g} ${s}`])),
);
const WITH_FATHER = GIVEN.flatMap((g) =>
  [...FATHERS, ...KEPT]
    .filter((s) => s !== g)
    .flatMap((s) => forms(s).map((f) => [g, f, `${g} ${s}`])),
);

describe('a Kazakh name back in the nominative', () => {
  it.each(WITH_SURNAME)('%s %s is %s', (given, written, nominative) => {
    expect(nominativeName([given, written], 'kk').join(' ')).toBe(nominative);
  });

  it.each(WITH_FATHER)(
    '%s %s (a father’s name for a surname) is %s',
    (given, written, nominative) => {
      expect(nominativeName([given, written], 'kk').join(' ')).toBe(nominative);
    },
  );

  it.each(SURNAMES.flatMap((s) => forms(s).map((f) => [f, s])))(
    'surname %s is %s',
    (written, s) => {
      expect(nominativeSurname(written, 'kk')).toBe(s);
    },
  );

  it.each(
    FATHERS.flatMap((s) =>
      forms(s)
        .slice(1, 6)
        .map((f) => [f, s]),
    ),
  )('in a sentence: «Әкім Мәди %s …» names Мәди %s', (written, s) => {
    const found = findPersons(`Облыс әкімі Мәди ${written} туралы айтты.`, 'kk');
    expect(found.map((p) => p.name)).toContain(`Мәди ${s}`);
  });
});
