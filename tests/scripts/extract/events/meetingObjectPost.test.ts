/**
 * The one received at an audience whose name cannot decline ("Ван И", "Мелони", "Лукашенко")
 * shows its case by the post before it: "Президент Касым-Жомарт Токаев принял министра
 * иностранных дел КНР Ван И" was titled "Kassym-Jomart Tokayev holds a meeting" (a sentence
 * written for the check). Generated over posts (every kind of Russian accusative: -а, -я, -у, a
 * lost vowel), names and hosts; the post in the nominative keeps its holder the host.
 */
import { describe, expect, it } from 'vitest';
import {
  ruAnimateAccusative,
  ruPostInAccusative,
} from '../../../../scripts/extract/locales/ru/postObjectCase';
import { extractSentences } from './extractSentences';

// A post, its accusative and its dative, and indeclinable names it is held by.
const POSTS = [
  ['министр иностранных дел КНР', 'министра иностранных дел КНР', 'министру иностранных дел КНР', [['Ван И', 'Wang Yi']]],
  ['глава МИД КНР', 'главу МИД КНР', 'главе МИД КНР', [['Ван И', 'Wang Yi']]],
  ['премьер-министр Италии', 'премьер-министра Италии', 'премьер-министру Италии', [['Мелони', 'Meloni']]],
  ['посол Италии', 'посла Италии', 'послу Италии', [['Мелони', 'Meloni']]],
  ['премьер-министр Индии', 'премьер-министра Индии', 'премьер-министру Индии', [['Моди', 'Modi']]],
  ['Президент Беларуси', 'Президента Беларуси', 'Президенту Беларуси', [['Лукашенко', 'Lukashenko']]],
] as const; // prettier-ignore
const HOSTS = [
  ['Президент Касым-Жомарт Токаев', 'Kassym-Jomart Tokayev'],
  ['Глава государства', 'The President'],
]; // prettier-ignore

const received = POSTS.flatMap(([, acc, , names]) =>
  names.flatMap(([name, en]) =>
    HOSTS.map(([host, hostEn]) => [`${host} принял ${acc} ${name}.`, `${hostEn} receives ${en}`]),
  ),
);

describe('the one received, told by the post before an indeclinable name', () => {
  it.each(received)('%s', (text, want) => {
    const titles = extractSentences('ru', text, '2025-03-12').events.map((e) => e.title.en);
    expect(titles).toEqual([want]);
  });
});

describe('a Russian post in the accusative', () => {
  it.each(
    POSTS.flatMap(
      ([nom, acc]) =>
        [
          [`принял ${acc} `, nom, true],
          [`${nom} `, nom, false],
          [`с ${acc}ом `, nom, false],
        ] as const,
    ),
  )(
    // prettier-ignore
    '%s / %s → %s',
    (before, role, want) => {
      expect(ruPostInAccusative(before, role)).toBe(want);
    },
  );
  it.each([
    ['министр', 'министра', true],
    ['министр', 'министру', false],
    ['председатель', 'председателя', true],
    ['глава', 'главу', true],
    ['глава', 'главы', false],
    ['судья', 'судью', true],
    ['посол', 'посла', true],
    ['посол', 'послу', false],
  ] as const)('%s → %s: %s', (nom, written, want) => {
    expect(ruAnimateAccusative(nom, written)).toBe(want);
  });
});
