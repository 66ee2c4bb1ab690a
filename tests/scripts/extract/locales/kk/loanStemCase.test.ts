/**
 * A loan's short stem loses its Kazakh case in every form news write: "Назарбаев АҚШ Президенті
 * Джордж Бушты қабылдады" (a test sentence written for the check) named the guest "Джордж Бушты"
 * (a stem of three letters whose vowel is a loan's у), and "Германия канцлері Олаф Шольцті"
 * kept "Шольцті" (a soft sign takes front endings; only the back ones were read). Generated: each
 * stem in every case by its harmony and last sound, both harmonies after a soft sign, written out
 * from the grammar, not from the code. Kazakh names of a root and an ending, and Kazakh surnames,
 * stay whole.
 */
import { kkCaseForms } from './kkCaseParadigm';
import { describe, expect, it } from 'vitest';
import { findPersons } from '../../../../../scripts/extract/arguments/findPersons';
import { kkNameStem } from '../../../../../scripts/extract/locales/kk/kkNameEndings';

const VOWELS = /[аәоөұүыіеэиуюяё]/gu;

/** The harmonies a stem's endings take: its last vowel's (и front, у and я back), both after ь. */
function harmonies(stem: string): boolean[] {
  const last = stem.toLowerCase().match(VOWELS)?.at(-1) ?? 'а';
  const front = /[әөүіеэи]/u.test(last);
  return /ь[^аәоөұүыіеэиуюяё]*$/u.test(stem) ? [front, !front] : [front];
}

const LOANS: Array<[string, string]> = [
  ['Джордж', 'Буш'],
  ['Тони', 'Блэр'],
  ['Олаф', 'Шольц'],
  ['Эммануэль', 'Макрон'],
  ['Реджеп', 'Эрдоған'],
  ['Ли', 'Цян'],
  ['Си', 'Цзиньпин'],
  ['Фридрих', 'Мерц'],
  ['Вячеслав', 'Ким'],
];

const forms = LOANS.flatMap(([given, stem]) =>
  harmonies(stem).flatMap((front) =>
    kkCaseForms(stem, front).map((form, c) => [given, stem, form, c] as const),
  ),
);

describe('a loan stem in a Kazakh case', () => {
  it.each(forms)('%s %s: %s', (given, stem, form, c) => {
    expect(kkNameStem(form)).toBe(stem);
    expect(
      findPersons(`Президент ${given} ${form} бүгін сөз сөйледі.`, 'kk').map((p) => p.name),
    ).toEqual([`${given} ${stem}`]);
    // (Alone after a post but in the locative, which there says where.)
    if (c !== 3)
      expect(findPersons(`Президент ${form} бүгін сөз сөйледі.`, 'kk').map((p) => p.name)).toEqual([
        stem,
      ]);
  });
});

// Kazakh given names that are a root of one syllable and an ending, and Kazakh surnames in a case.
const KEPT = ['Ерден', 'Айдан', 'Ақтан', 'Нұрдан', 'Бектен', 'Жолдан', 'Құлды'];
// (A Russian suffix's endings follow the vowel before it: `Тоқаевқа`, `Ахметовке`, `Қаринге`.)
const SURNAMES = (
  [
    ['Тоқаев', false],
    ['Ахметов', true],
    ['Қарин', true],
  ] as const
).flatMap(([s, front]) => kkCaseForms(s, front).map((f) => [f, s]));

describe('Kazakh names that end as a case does', () => {
  it.each(KEPT)('%s stays whole', (name) => {
    expect(kkNameStem(name)).toBeUndefined();
  });
  it.each(SURNAMES)('%s → %s', (form, surname) => {
    expect(kkNameStem(form)).toBe(surname);
  });
});
