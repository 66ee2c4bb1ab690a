/**
 * A sitting of no body named is a session, not a meeting: "Следующее заседание пройдет в 2027
 * году" and "Келесі отырыс 2027 жылы өтеді" were titled "Meeting / Встреча / Кездесу", the
 * fallback of a gathering's cue. A sitting's noun (заседание, сессия; отырыс, сессия) names its
 * kind (events/meetingKinds.ts). Sentences written for the test, over nouns, verbs and dates.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const titles = (lang: 'kk' | 'ru', text: string) =>
  extractSentences(lang, text, '2025-03-14').events.map((e) => e.title);

const RU = ['Следующее заседание', 'Очередное заседание', 'Следующая сессия'].flatMap((n) =>
  [`${n} пройдет в 2027 году.`, `${n} состоится 20 марта.`].map((s) => s),
);
const KK = ['Келесі отырыс', 'Кезекті отырыс', 'Келесі сессия'].flatMap((n) => [
  `${n} 2027 жылы өтеді.`,
  `${n} 20 наурызда өтеді.`,
]);

describe('a sitting of no body named', () => {
  it.each(RU)('ru: %s', (sentence) => {
    expect(titles('ru', sentence)).toEqual([{ en: 'Session', ru: 'Заседание', kk: 'Отырыс' }]);
  });
  it.each(KK)('kk: %s', (sentence) => {
    expect(titles('kk', sentence)).toEqual([{ en: 'Session', ru: 'Заседание', kk: 'Отырыс' }]);
  });
  it.each([
    ['ru', 'Следующая встреча пройдет в 2027 году.'],
    ['kk', 'Келесі кездесу 2027 жылы өтеді.'],
  ] as const)('%s: a meeting stays a meeting: %s', (lang, sentence) => {
    expect(titles(lang, sentence).map((t) => t.en)).toEqual(['Meeting']);
  });
});
