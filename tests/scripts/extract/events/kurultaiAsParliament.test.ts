/**
 * "Курултай" / "Құрылтай" is also the name proposed for a one-chamber Parliament: the new
 * Kurultai, elections into it, a parliament named Kurultai. That is a body, not a gathering held,
 * and gives no congress; a party's kurultai held stays a congress. Sentences written for the test,
 * each after a lead with no event.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndDays } from './extractSentences';

const at = (lang: 'kk' | 'ru', s: string) => kindsAndDays(lang, `Мәтін.\n\n${s}`, '2025-09-10');
const noGathering = (lang: 'kk' | 'ru', s: string) =>
  at(lang, s).filter((k) => /^(congress|meeting|session) /u.test(k));

// Every case form of the name after "новый" / "жаңа".
const RU_NEW = [
  'Новый Курултай начнет работу в 2028 году.',
  'Депутаты нового Курултая приступят к работе в 2028 году.',
  'Полномочия перейдут к новому Курултаю в 2028 году.',
  'Граждане изберут новый Курултай в 2028 году.',
  'Работа в новом Курултае начнется в 2028 году.',
];
const KK_NEW = [
  'Жаңа Құрылтай 2028 жылы жұмысын бастайды.',
  'Жаңа Құрылтайдың жұмысы 2028 жылы басталады.',
  'Өкілеттіктер 2028 жылы жаңа Құрылтайға өтеді.',
  'Азаматтар жаңа Құрылтайды 2028 жылы сайлайды.',
  'Жаңа Құрылтайда 2028 жылы жұмыс басталады.',
  'Жаңа Құрылтайдан 2028 жылы көп нәрсе күтіледі.',
];

describe('the proposed one-chamber Kurultai is no gathering', () => {
  it.each(RU_NEW)('ru: %s', (s) => expect(noGathering('ru', s)).toEqual([]));
  it.each(KK_NEW)('kk: %s', (s) => expect(noGathering('kk', s)).toEqual([]));
  it.each([
    [
      'ru',
      'Новый орган может получить название Курултай, решение примут на референдуме в 2027 году.',
    ],
    [
      'ru',
      'В Послании 8 сентября 2025 года президент предложил перейти к однопалатному парламенту — Курултаю.',
    ],
    ['ru', 'Если референдум пройдет в 2027 году, выборы в новый Курултай состоятся в 2028 году.'],
    [
      'kk',
      'Президент 8 қыркүйектегі Жолдауында бір палаталы парламентке – Құрылтайға көшуді ұсынды.',
    ],
  ] as const)('%s: %s', (lang, s) => expect(noGathering(lang, s)).toEqual([]));
  it('the vote of such a sentence stays', () => {
    expect(
      at(
        'ru',
        'Новый орган может получить название Курултай, решение примут на референдуме в 2027 году.',
      ),
    ).toEqual(['referendum 2027']);
  });
  it.each([
    ['ru', 'Курултай партии прошел 5 мая.', 'congress 2025-05-05'],
    ['kk', 'Партияның құрылтайы 5 мамырда өтті.', 'congress 2025-05-05'],
  ] as const)('a party kurultai held stays a congress: %s', (lang, s, want) => {
    expect(at(lang, s)).toEqual([want]);
  });
});
