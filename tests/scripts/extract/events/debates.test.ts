/**
 * Candidates' debates, televised or not, on a day of their own are a campaign event in both
 * languages; a debate with no day of its own ("дебаты о реформе") is no event. Sentences written
 * for this test, over the noun's case forms.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const events = (lang: 'kk' | 'ru', text: string) =>
  extractSentences(lang, text, '2019-05-15').events.map((e) => `${e.type} ${e.date.edtf}`);

describe('debates on a day of their own', () => {
  it.each([
    'Теледебаты кандидатов пройдут 29 мая.',
    'Дебаты кандидатов пройдут 29 мая.',
    'К теледебатам 29 мая готовятся все семь кандидатов.',
    'На теледебатах 29 мая кандидаты обсудят экономику.',
  ])('ru: %s', (text) => expect(events('ru', text)).toContain('other 2019-05-29'));

  it.each([
    'Кандидаттардың теледебаты 29 мамырға жоспарланған.',
    'Теледебат 29 мамырда өтеді.',
    'Кандидаттар 29 мамырдағы теледебатқа дайындалып жатыр.',
  ])('kk: %s', (text) => expect(events('kk', text)).toContain('other 2019-05-29'));

  it('no day, no event', () => {
    expect(events('ru', 'Дебаты о реформе продолжаются в обществе.')).toEqual([]);
  });
});
