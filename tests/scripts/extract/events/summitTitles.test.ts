/**
 * A summit's title names its organisation and the city it is held in ("SCO summit in Astana",
 * "ТМД саммиті (Душанбе)"): the gazetteer knows the international organisations Kazakhstan belongs
 * to and the capitals abroad where summits are held. Generated over organisations and cities;
 * sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const PUB = '2024-11-12';
const ORGS: readonly [string, string, string][] = [
  ['ШЫҰ', 'ШОС', 'SCO'],
  ['ТМД', 'СНГ', 'CIS'],
  ['ЕАЭО', 'ЕАЭС', 'EAEU'],
  ['ҰҚШҰ', 'ОДКБ', 'CSTO'],
  [
    'Түркі мемлекеттері ұйымының',
    'Организации тюркских государств',
    'the Organization of Turkic States',
  ],
];
const CITIES: readonly [string, string, string][] = [
  ['Бішкекте', 'Бишкеке', 'Bishkek'],
  ['Душанбеде', 'Душанбе', 'Dushanbe'],
  ['Мәскеуде', 'Москве', 'Moscow'],
  ['Ташкентте', 'Ташкенте', 'Tashkent'],
  ['Бакуде', 'Баку', 'Baku'],
];
const titleEn = (lang: 'kk' | 'ru', text: string) =>
  extractSentences(lang, text, PUB).events.map((e) => e.title.en);

describe('a summit titled by its organisation and city', () => {
  it.each(ORGS)('%s', (kk, ru, en) => {
    for (const [kkCity, ruCity, enCity] of CITIES) {
      const want = `${en[0]!.toUpperCase()}${en.slice(1)} summit in ${enCity}`;
      expect(titleEn('kk', `${kk} саммиті 4 шілдеде ${kkCity} өтті.`), kkCity).toEqual([want]);
      expect(titleEn('ru', `Саммит ${ru} прошел 4 июля в ${ruCity}.`), ruCity).toEqual([want]);
    }
  });
});
