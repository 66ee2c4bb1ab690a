/**
 * A resignation told by the post alone says whose: "Министр энергетики подал в отставку" is "The
 * Minister of Energy resigns", not "A resignation"; and a minister's post keeps the ministry the
 * text names, in every title that names the post (events/ministerPost.ts). Generated over
 * ministries, cases and tenses; sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const title = (lang: 'kk' | 'ru', text: string) =>
  extractSentences(lang, text, '2025-03-12').events.map((e) => [
    e.title.en,
    e.title.kk,
    e.title.ru,
  ]);

// [kk stem, ru genitive rest, en]
const MIN: [string, string, string][] = [
  ['Энергетика', 'энергетики', 'Minister of Energy'],
  ['Сыртқы істер', 'иностранных дел', 'Minister of Foreign Affairs'],
  ['Денсаулық сақтау', 'здравоохранения', 'Minister of Health'],
  ['Қаржы', 'финансов', 'Minister of Finance'],
  ['Төтенше жағдайлар', 'по чрезвычайным ситуациям', 'Minister of Emergency Situations'],
];
const low = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

describe('a minister resigns, named by the post alone', () => {
  it.each(
    MIN.flatMap(([kk, ru, en]) =>
      ['отставкаға кетті', 'қызметінен кетті'].map((v) => [`${kk} министрі ${v}.`, kk, ru, en]),
    ),
  )('kk: %s', (sentence, kk, ru, en) => {
    expect(title('kk', sentence)).toEqual([
      [`The ${en} resigns`, `${kk} министрі отставкаға кетті`, `Министр ${ru} ушёл в отставку`],
    ]);
  });
  it.each(
    MIN.flatMap(([kk, ru, en]) =>
      ['подал в отставку', 'ушёл в отставку'].map((v) => [`Министр ${ru} ${v}.`, kk, ru, en]),
    ),
  )('ru: %s', (sentence, kk, ru, en) => {
    expect(title('ru', sentence)).toEqual([
      [`The ${en} resigns`, `${kk} министрі отставкаға кетті`, `Министр ${ru} ушёл в отставку`],
    ]);
  });
  it.each([
    ['kk', 'Министр отставкаға кетті.'],
    ['ru', 'Министр подал в отставку.'],
  ] as const)('%s: %s, the bare post', (lang, sentence) => {
    expect(title(lang, sentence)[0]?.[0]).toBe('The minister resigns');
  });
});

describe('a named minister keeps the ministry', () => {
  it.each(
    MIN.map(([kk, ru, en]) => [
      `Марат Әбенов ${low(kk)} министрі болып тағайындалды.`,
      `Марат Абенов назначен министром ${ru}.`,
      en,
    ]),
  )('%s / %s', (kk, ru, en) => {
    expect(title('kk', kk)[0]?.[0]).toBe(`Marat Abenov appointed ${en}`);
    expect(title('ru', ru)[0]?.[0]).toBe(`Marat Abenov appointed ${en}`);
  });
});
