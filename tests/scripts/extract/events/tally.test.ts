/**
 * A tally — the most of many acts ("Больше всего кандидатов выдвинула партия AMANAT", "Ең көп
 * кандидатты AMANAT партиясы ұсынды") — is no event of its own (the locales' `habitual` cues,
 * events/notAnEvent.ts); the act told plainly is. Sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const eventsOf = (lang: 'kk' | 'ru', sentence: string) =>
  extractSentences(lang, `Главное за день\n\n${sentence}`, '2023-02-09').events.map((e) => e.type);

const TALLIES = {
  ru: [
    'Больше всего кандидатов выдвинула партия AMANAT – 69 человек.',
    'Меньше всего кандидатов выдвинула партия «Ауыл» – трех человек.',
    'Больше всего законов принял Мажилис седьмого созыва.',
  ],
  kk: [
    'Ең көп кандидатты AMANAT партиясы ұсынды – 69 адам.',
    'Ең көп заңды жетінші шақырылымдағы Мәжіліс қабылдады.',
  ],
};
const PLAIN = {
  ru: ['Партия AMANAT выдвинула 69 кандидатов.', 'Мажилис седьмого созыва принял закон о выборах.'],
  kk: ['AMANAT партиясы 69 кандидат ұсынды.', 'Мәжіліс сайлау туралы заңды қабылдады.'],
};

describe('a tally is no event', () => {
  for (const lang of ['ru', 'kk'] as const) {
    it.each(TALLIES[lang])(`${lang}: %s`, (sentence) => {
      expect(eventsOf(lang, sentence)).toEqual([]);
    });
    it.each(PLAIN[lang])(`${lang}: the act told plainly is one: %s`, (sentence) => {
      expect(eventsOf(lang, sentence)).not.toEqual([]);
    });
  }
});
