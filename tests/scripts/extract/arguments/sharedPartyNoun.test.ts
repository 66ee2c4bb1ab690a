/**
 * Two or three parties sharing one plural noun are each a party: "Гражданская и Аграрная партии
 * объединились" found the Agrarian Party only (its adjective is next to the noun), and the merger
 * had no title. sharedPartyNoun.ts reads each listed adjective (ru, feminine singular in any case)
 * or word (kk) with the singular noun. Generated over the phrase's cases, list lengths and both
 * languages; sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { findOrganisations } from '../../../../scripts/extract/arguments/findOrganisations';
import { extractSentences } from '../events/extractSentences';

type Case = ['kk' | 'ru', string, string[]];
const CIVIC_AGRARIAN = ['civic-party', 'agrarian-party'];
// prettier-ignore
const cases: Case[] = [
  ['ru', 'Гражданская и Аграрная партии', CIVIC_AGRARIAN],
  ['ru', 'Гражданской и Аграрной партий', CIVIC_AGRARIAN],
  ['ru', 'Гражданской и Аграрной партиям', CIVIC_AGRARIAN],
  ['ru', 'Гражданскую и Аграрную партии', CIVIC_AGRARIAN],
  ['ru', 'Гражданской и Аграрной партиями', CIVIC_AGRARIAN],
  ['ru', 'Аграрная и Гражданская партии', ['agrarian-party', 'civic-party']],
  ['ru', 'Гражданская, Аграрная и Народная партии Казахстана', ['civic-party', 'agrarian-party', 'peoples-party']],
  ['kk', 'Азаматтық және Аграрлық партиялар', CIVIC_AGRARIAN],
  ['kk', 'Азаматтық және Аграрлық партияларының', CIVIC_AGRARIAN],
  ['kk', 'Азаматтық пен Аграрлық партиялары', CIVIC_AGRARIAN],
  ['kk', 'Азаматтық, Аграрлық және Қазақстан Халық партиялары', ['civic-party', 'agrarian-party', 'peoples-party']],
];

describe('parties sharing one plural noun', () => {
  it.each(cases)('%s: %s', (lang, phrase, ids) => {
    expect(
      findOrganisations(
        lang === 'kk' ? `Кеше ${phrase} кездесті.` : `Вчера ${phrase} встретились.`,
        lang,
      ).map((o) => o.id),
    ).toEqual(ids);
  });

  it.each<['kk' | 'ru', string]>([
    ['ru', 'Гражданская и Аграрная партии 5 марта объединились.'],
    ['ru', 'Гражданская и Аграрная партии объединились 5 марта.'],
    ['kk', 'Азаматтық және Аграрлық партиялар 5 наурызда бірікті.'],
  ])('their merger names both, %s: %s', (lang, text) => {
    expect(
      extractSentences(lang, text, '2025-03-12').events.map((e) => `${e.date.edtf} ${e.title.en}`),
    ).toEqual(['2025-03-05 The Civic Party and the Agrarian Party merge']);
  });

  it.each<['ru', string]>([
    ['ru', 'Новая и старая партии встретились.'],
    ['ru', 'Гражданская и Аграрная партия встретились.'],
  ])('not a party unknown or a singular noun, %s: %s', (lang, text) => {
    expect(findOrganisations(text, lang).map((o) => o.id)).not.toContain('civic-party');
  });
});
