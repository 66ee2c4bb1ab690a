/**
 * Events the lexicon knows by a facet of `other` get a title that says what happened, in all three
 * languages, never the bare "Event": a city made the capital, diplomatic relations established.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences as eventsOf } from './extractSentences';

const CASES: Array<['kk' | 'ru', string, string]> = [
  ['kk', '1997 жылдың желтоқсанында Ақмола ел астанасы болды.', 'The capital moves'],
  ['kk', '1997 жылы ел астанасы Ақмолаға көшірілді.', 'The capital moves'],
  ['ru', 'В 1997 году столица перенесена в Акмолу.', 'The capital moves'],
  ['kk', 'Дипломатиялық қатынастар 1992 жылғы 3 қаңтарда орнатылған.', 'Diplomatic relations'],
  ['ru', 'Дипломатические отношения установили 3 января 1992 года.', 'Diplomatic relations'],
];

describe('titles of other events by their facet', () => {
  for (const [lang, sentence, en] of CASES)
    it(`${lang}: ${sentence} → ${en}`, () => {
      const [event] = eventsOf(lang, sentence, '2022-09-14').events;
      expect(event?.title.en).toBe(en);
      expect(event?.title.kk).not.toMatch(/^Оқиға/u);
      expect(event?.title.ru).not.toMatch(/^Событие/u);
    });
});
