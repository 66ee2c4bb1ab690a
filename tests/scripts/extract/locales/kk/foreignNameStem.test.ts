/**
 * A foreign surname after a given name or a post keeps no Kazakh case, however short its stem:
 * "Тоқаев АҚШ Президенті Дональд Трампты қабылдады" (a test sentence written for the check) named
 * the guest "Дональд Трампты", and so "Шольцқа", "Мерцке". A stem of one syllable was never cut, for
 * Kazakh given names that are a root and an ending (`Ерден`, `Айдан`); those stay whole, and so do
 * Kazakh surnames. The forms are written out from the grammar, not from the code.
 */
import { kkCaseForms } from './kkCaseParadigm';
import { describe, expect, it } from 'vitest';
import { findPersons } from '../../../../../scripts/extract/arguments/findPersons';

/**
 * The genitive, dative, accusative, locative, ablative and instrumental of a surname: harmony by its
 * last vowel, before a Russian -ев/-ов by the vowel before it (`Тоқаевқа`), и front (`Путинге`); the ending's first
 * consonant by the stem's last sound.
 */
function cases(stem: string): string[] {
  const harmonic = stem.toLowerCase().replace(/(?<=\p{L}{2})(?:ев|ов|ёв)$/u, '');
  const front = /[әөүіеэи]/u.test(harmonic.match(/[аәоөұүыіеэи]/gu)?.at(-1) ?? 'а');
  return kkCaseForms(stem, front);
}

// One syllable (a cluster, a soft sign, a foreign letter), and longer stems beside them.
const FOREIGN: Array<[string, string]> = [
  ['Дональд', 'Трамп'],
  ['Олаф', 'Шольц'],
  ['Фридрих', 'Мерц'],
  ['Тони', 'Блэр'],
  ['Джо', 'Байден'],
  ['Владимир', 'Путин'],
  ['Кир', 'Стармер'],
];
const POSTS = ['Президент', 'Премьер-министр'];

// After a post and a given name, every case; after a post alone, all but the locative, which
// there says where ("Мемлекет басшысы Будапештте").
const rows = FOREIGN.flatMap(([given, surname]) =>
  cases(surname).flatMap((form, c) => [
    ...POSTS.map((post) => [`${post} ${given} ${form} бүгін сөз сөйледі.`, `${given} ${surname}`]),
    ...(c === 3 ? [] : POSTS.map((post) => [`${post} ${form} бүгін сөз сөйледі.`, surname])),
  ]),
);

// Kazakh names that a root of one syllable and an ending would make, and Kazakh surnames.
const KEPT = ['Ерден', 'Айдан', 'Ақтан', 'Нұрдан'].map((n) => [
  `Президент Мәди ${n} бүгін сөз сөйледі.`,
  `Мәди ${n}`,
]);
const SURNAMES = ['Тоқаев', 'Ахметов', 'Назарбаева', 'Сапарин'].flatMap((s) =>
  [s, ...cases(s)].map((form) => [`Президент Айгүл ${form} бүгін сөз сөйледі.`, `Айгүл ${s}`]),
);

describe('a foreign surname in a Kazakh case after a given name or a post', () => {
  it.each([...rows, ...KEPT, ...SURNAMES])('%s → %s', (sentence, name) => {
    expect(findPersons(sentence!, 'kk').map((p) => p.name)).toEqual([name]);
  });
});
