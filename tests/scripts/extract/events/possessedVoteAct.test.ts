/**
 * A vote named only as the owner of what was done ("референдумның күнтізбелік жоспарын бекітті",
 * "утвердил календарный план выборов") is no event, and leaves its sentence's day to the act done:
 * the approving is the day's event. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndDays } from './extractSentences';

const kinds = (lang: 'kk' | 'ru', text: string) => kindsAndDays(lang, text, '2024-09-04');

describe("a vote's plan approved on a day", () => {
  it.each([
    [
      'kk',
      'Кеше, 3 қыркүйекте, Орталық сайлау комиссиясы референдумның күнтізбелік жоспарын бекітті.',
    ],
    ['kk', 'Орталық сайлау комиссиясы 3 қыркүйекте сайлаудың күнтізбелік жоспарын бекітті.'],
    ['ru', '3 сентября ЦИК утвердил календарный план проведения референдума.'],
    ['ru', 'Вчера, 3 сентября, Центризбирком утвердил календарный план выборов.'],
  ] as const)('%s: %s', (lang, text) => {
    const got = kinds(lang, text);
    expect(got).toContain('other 2024-09-03');
    expect(got.filter((k) => /^(?:election|referendum)/u.test(k))).toEqual([]);
  });
});
