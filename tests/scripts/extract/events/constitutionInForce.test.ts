/**
 * A Constitution coming into force changes the order of the state: a reform, whatever law names it
 * ("Новая Конституция вступит в силу 1 июля", "Негізгі заң 1 шілдеде күшіне енеді"); a
 * constitutional law or another law coming into force stays a law. Sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndDays } from './extractSentences';

const kinds = (lang: 'kk' | 'ru', sentence: string) =>
  kindsAndDays(lang, sentence).map((k) => k.split(' ')[0]);

const RU = [
  'Новая Конституция вступит в силу 1 июля.',
  'Новый Основной закон вступает в силу 1 июля.',
  'Поправки в Конституцию вступили в силу 1 июля.',
  'Новая Конституция страны вступила в силу 1 июля.',
];
const KK = [
  'Жаңа Конституция 1 шілдеде күшіне енеді.',
  'Жаңа Конституция қабылданса, ол 1 шілдеде күшіне енеді.',
  'Жаңа Негізгі заң 1 шілдеде күшіне енді.',
  'Елдің жаңа Конституциясы 1 шілдеден бастап күшіне енеді.',
];

describe('a Constitution in force is a reform', () => {
  it.each(RU)('ru: %s', (sentence) => {
    expect(kinds('ru', sentence)).toEqual(['reform']);
  });
  it.each(KK)('kk: %s', (sentence) => {
    expect(kinds('kk', sentence)).toEqual(['reform']);
  });
  it.each([
    ['ru', 'Конституционный закон о выборах вступил в силу 1 июля.'],
    ['ru', 'Закон о партиях вступил в силу 1 июля.'],
    ['kk', 'Сайлау туралы конституциялық заң 1 шілдеде күшіне енді.'],
    ['kk', 'Партиялар туралы заң 1 шілдеде күшіне енді.'],
  ] as const)('%s: another law in force stays a law: %s', (lang, sentence) => {
    expect(kinds(lang, sentence)).toEqual(['law']);
  });
});
