/**
 * A forum's panel or thematic session ("панельдік сессия", "панельная сессия") is a talk at the
 * forum, not a body's sitting: no session event. Generated over the adjectives and the noun's cases
 * and possessives; a maslikhat's session stays one. Sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndDays } from './extractSentences';

const kinds = (lang: 'kk' | 'ru', text: string) =>
  kindsAndDays(lang, text, '2025-03-12').map((k) => k.split(' ')[0]);

describe("a forum's panel session", () => {
  const kkAdjectives = ['панельдік', 'тақырыптық', 'сараптамалық'];
  const kkSentences = [
    (a: string) => `Форум аясында «Цифрлық үкімет» тақырыбында ${a} сессия өтті.`,
    (a: string) => `Форумның ${a} сессиясы 14 наурызда өтті.`,
    (a: string) => `Форумның ${a} сессиясында министр сөз сөйледі.`,
    (a: string) => `Министр форумдағы ${a} сессияда баяндама жасады.`,
    (a: string) => `Форумның ${a} сессиясының қатысушылары 14 наурызда жиналды.`,
  ];
  it.each(kkAdjectives)('kk: %s сессия', (adjective) => {
    for (const s of kkSentences)
      expect(kinds('kk', s(adjective)), s(adjective)).not.toContain('session');
  });
  const ruSentences = [
    'На форуме прошла панельная сессия о цифровом государстве.',
    'На панельной сессии форума выступил министр.',
    'Министр провёл панельную сессию на форуме 14 марта.',
    'Тематическая сессия форума прошла 14 марта.',
    'Экспертная сессия форума состоялась 14 марта.',
  ];
  it.each(ruSentences)('ru: %s', (text) => {
    expect(kinds('ru', text)).not.toContain('session');
  });
  it.each([
    ['kk', 'Мәслихаттың кезектен тыс сессиясы 10 наурызда өтті.'],
    ['ru', 'Внеочередная сессия маслихата прошла 10 марта.'],
  ] as const)('%s: %s stays a session', (lang, text) => {
    expect(kinds(lang, text)).toContain('session');
  });
});
