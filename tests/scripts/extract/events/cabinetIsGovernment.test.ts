/**
 * The Cabinet of Ministers is the Government: "Кабинет министров ушёл в отставку", "принял отставку
 * кабинета министров", "Министрлер кабинеті отставкаға кетті" were titled 'A resignation' while
 * "отставку Правительства" gave 'The Government resigns'. The post cue 'government'
 * (locales/<lang>/lexicon/titleCues.ts) now names the Cabinet of Ministers too, and lets a day
 * stand between the Government and its verb. Generated over the two names, days and word orders;
 * sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const PUB = '2025-03-12';
const DAYS: [string, string, string][] = [
  ['6 февраля', '6 ақпанда', '2025-02-06'],
  ['11 марта', '11 наурызда', '2025-03-11'],
];
// (Each subject with its verb's gender: "Кабинет … ушёл", "Правительство … ушло".)
const RU_SUBJECTS: [string, string][] = [
  ['Кабинет министров', 'ушёл'],
  ['Правительство', 'ушло'],
];
const RU_GENITIVES = ['кабинета министров', 'Кабинета министров', 'Правительства'];
const KK_SUBJECTS = ['Министрлер кабинеті', 'Үкімет'];

type Case = ['kk' | 'ru', string, string];
const cases: Case[] = DAYS.flatMap(([ru, kk, day]): Case[] => [
  ...RU_SUBJECTS.flatMap(([s, v]): Case[] => [
    ['ru', `${s} ${v} в отставку ${ru}.`, day],
    ['ru', `${s} ${ru} ${v} в отставку.`, day],
  ]),
  ...RU_GENITIVES.map((g): Case => ['ru', `Президент принял отставку ${g} ${ru}.`, day]),
  ...KK_SUBJECTS.map((s): Case => ['kk', `${s} ${kk} отставкаға кетті.`, day]),
  ['kk', `Президент Министрлер кабинетінің отставкасын ${kk} қабылдады.`, day],
]);

describe('the Cabinet of Ministers resigning', () => {
  it.each(cases)('is the Government (%s): %s', (lang, text, day) => {
    const titles = extractSentences(lang, text, PUB)
      .events.filter((e) => e.type === 'resignation' && e.date.edtf === day)
      .map((e) => e.title.en);
    expect(titles.some((t) => /the Government/iu.test(t))).toBe(true);
  });

  it.each<['kk' | 'ru', string]>([
    ['ru', 'Министр энергетики ушёл в отставку 11 марта.'],
    ['kk', 'Энергетика министрі 11 наурызда отставкаға кетті.'],
  ])('a minister is not the Government (%s): %s', (lang, text) => {
    const titles = extractSentences(lang, text, PUB).events.map((e) => e.title.en);
    expect(titles.some((t) => /the Government/iu.test(t))).toBe(false);
  });
});
