/**
 * A law named only as an act in the abstract, what a proposal or a right is about ("заң қабылдау
 * туралы ұсыныс", "заң қабылдау құқығы", "предложение принять закон", "права принимать законы"), is
 * no law passed (TriggerContext.lawInAbstract, events/findTriggers.ts); a law adopted is one.
 * Sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndDays } from './extractSentences';

const kinds = (lang: 'kk' | 'ru', sentence: string) =>
  kindsAndDays(lang, sentence).map((k) => k.split(' ')[0]);

const KK_LAWS = ['заң', 'заңдар', 'Негізгі заң', 'жаңа Конституциялық заң'];
const KK_ABSTRACT = [
  (law: string) => `Партия 12 мамырда ${law} қабылдау туралы ұсынысты қолдады.`,
  (law: string) => `Депутаттар 12 мамырда ${law} қабылдау туралы бастаманы талқылады.`,
  (law: string) => `2022 жылғы 5 маусымнан бастап ${law} қабылдау құқығы Мәжіліске берілді.`,
  (law: string) => `Сенат 12 мамырда ${law} қабылдау тәртібін өзгертуді ұсынды.`,
];
const RU_ABSTRACT = [
  'Партия 12 мая поддержала предложение принять новый закон о выборах.',
  '12 мая на форуме прозвучала идея принять новый Основной закон.',
  'С 5 июня 2022 года Сенат лишился права принимать законы.',
  '12 мая депутаты обсудили инициативу принятия нового закона о партиях.',
];

describe('a law in the abstract is no law passed', () => {
  for (const law of KK_LAWS)
    it.each(KK_ABSTRACT.map((f) => f(law)))('kk: %s', (sentence) => {
      expect(kinds('kk', sentence)).not.toContain('law');
    });
  it.each(RU_ABSTRACT)('ru: %s', (sentence) => {
    expect(kinds('ru', sentence)).not.toContain('law');
  });
  it.each([
    ['kk', 'Мәжіліс 12 мамырда сайлау туралы заңды қабылдады.'],
    ['kk', 'Президент 12 мамырда заңға қол қойды.'],
    ['ru', 'Мажилис 12 мая принял закон о выборах.'],
    ['ru', 'Президент 12 мая подписал закон о партиях.'],
  ] as const)('%s: a law adopted is one: %s', (lang, sentence) => {
    expect(kinds(lang, sentence)).toContain('law');
  });
});
