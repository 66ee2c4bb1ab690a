/**
 * A sentence telling a story forward keeps the month and year it stated for a later month across a
 * clause boundary, in Russian as in Kazakh (dates/sentenceYear.ts laterMonthOfStory): "Выборы
 * прошли 19 марта 2023 года, а повторные выборы состоялись 5 мая" (published 2025-03-12) dated the
 * repeat vote 2024-05-05, the last 5 May before publication. A year told relative to now ("в
 * прошлом году", "былтыр") frames no other clause: it is left to the publication date. (An
 * earlier month than the one stated is the next year's: storyNextYear.test.ts.) (A year stated alone frames no month
 * across a clause: "Ол 2019 жылы сайланды, 20 қарашада қайта сайланды" may be years later,
 * kkStoryYear.test.ts.) Generated over connectives and months; sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { tagDates } from '../../../../scripts/extract/dates/tagDates';

const DCT = '2025-03-12';
const valueOf = (lang: 'kk' | 'ru', text: string, word: string) =>
  tagDates(text, { lang, dct: DCT }).find((t) => t.text.includes(word))?.value;

const RU_MONTHS = [
  ['мае', '05'],
  ['июне', '06'],
  ['октябре', '10'],
  ['декабре', '12'],
] as const;
const RU_LINKS = [', а', ', и', ', затем', ', после чего', '; а'];

describe('ru: a full date stated in the sentence frames a later month after a comma', () => {
  it.each(RU_LINKS.flatMap((link) => RU_MONTHS.map(([m, mm]) => [link, m, mm] as const)))(
    '19 марта 2023 года%s 5 … (%s)',
    (link, month, mm) => {
      const day = month.replace(/е$/u, 'я').replace(/^мая$/u, 'мая');
      const text = `Выборы прошли 19 марта 2023 года${link} повторные выборы состоялись 5 ${day}.`;
      expect(valueOf('ru', text, `5 ${day}`)).toBe(`2023-${mm}-05`);
    },
  );
});

describe('left to the publication date', () => {
  it.each([
    [
      'ru',
      'В прошлом году курултай прошел в Атырау, а в октябре он соберется в Бурабае.',
      'октябре',
      '2025-10',
    ],
    [
      'kk',
      'Құрылтай келесі жылы өтеді деп күтілуде, ал референдум қорытындысы 7 қазанда жарияланады.',
      '7 қазанда',
      '2025-10-07',
    ],
    [
      'kk',
      'Былтыр құрылтай Атырауда өтті, ал қазанда ол Бурабайда бас қосады.',
      'қазанда',
      '2025-10',
    ],
  ] as const)('%s: %s', (lang, text, word, value) => {
    expect(valueOf(lang, text, word)).toBe(value);
  });
});
