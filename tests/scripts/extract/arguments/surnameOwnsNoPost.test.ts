/**
 * A person named before his post in apposition keeps his given name, whatever stands before him:
 * "5 наурызда Нұрбек Сапаров облыс әкімі болып тағайындалды" gave the actor "Сапаров", while
 * "Нұрбек Сапаров 5 наурызда …" gave "Нұрбек Сапаров". A given name in -бек or -ин has a surname's
 * shape, and the surname after it was read as the owner of the post that follows ("Тоқаев Австрия
 * канцлері Карл Нехаммерді"), which split the name. A person's surname owns no post written bare
 * after it (a person's post is owned in the genitive, "Сапаровтың орынбасары"). Generated: given
 * names × surnames × posts with a lower-case complement × what stands before the name.
 */
import { describe, expect, it } from 'vitest';
import { findPersons } from '../../../../scripts/extract/arguments/findPersons';
import { extractSentences } from '../events/extractSentences';

const GIVEN = ['Нұрбек', 'Серікбек', 'Ақылбек', 'Ерлан', 'Әмин'];
const SURNAMES = ['Сапаров', 'Ахметов', 'Жұмабаев', 'Нұрланұлы'];
const POSTS = [
  'облыс әкімі',
  'қала әкімі',
  'сыртқы істер министрі',
  'ауыл шаруашылығы вице-министрі',
];
const BEFORE = ['5 наурызда', 'Кеше', '2026 жылғы 5 наурызда', 'Биыл 5 наурызда'];

const CASES = GIVEN.flatMap((g) =>
  SURNAMES.flatMap((s) =>
    POSTS.flatMap((p) =>
      BEFORE.map((b) => ({
        name: `${g} ${s}`,
        sentence: `${b} ${g} ${s} ${p} болып тағайындалды.`,
      })),
    ),
  ),
);

describe('a name before its post in apposition, after a date or an adverb', () => {
  it.each(CASES)('$sentence', ({ name, sentence }) => {
    expect(findPersons(sentence, 'kk').map((p) => p.name)).toEqual([name]);
  });
});

describe('the appointed keeps the given name', () => {
  it.each([
    ['5 наурызда Нұрбек Сапаров облыс әкімі болып тағайындалды.', 'Нұрбек Сапаров'],
    ['Кеше Серікбек Ахметов қала әкімі болып тағайындалды.', 'Серікбек Ахметов'],
  ])('%s', (sentence, name) => {
    const events = extractSentences('kk', sentence, '2026-03-12').events;
    expect(
      events.filter((e) => e.type === 'appointment').map((e) => e.actors.map((a) => a.name)),
    ).toEqual([[name]]);
  });
});

describe('a country still owns the post after a surname', () => {
  it.each([
    ['Тоқаев Австрия канцлері Карл Нехаммерді қабылдады.', ['Тоқаев', 'Карл Нехаммер']],
    [
      'Серікбек Тоқаев Франция сыртқы істер министрі Жан Дюпонмен кездесті.',
      ['Серікбек Тоқаев', 'Жан Дюпон'],
    ],
  ])('%s', (sentence, names) => {
    expect(findPersons(sentence, 'kk').map((p) => p.name)).toEqual(names);
  });
});
