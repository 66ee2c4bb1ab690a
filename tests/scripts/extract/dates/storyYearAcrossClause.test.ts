/**
 * A sentence telling a story forward keeps the year it stated across a clause boundary, in Russian
 * as in Kazakh (dates/sentenceYear.ts laterMonthOfStory): "В 2023 году Мажилис принял закон, а в
 * мае Сенат его одобрил" (published 2025-03-12) dated the Senate's vote May 2024, the last May
 * before publication, and "Выборы прошли 19 марта 2023 года, а повторные выборы — 5 мая" the
 * repeat vote 2024-05-05. A year stated alone frames any month of it; a month, a later month. A
 * year told relative to now ("в прошлом году", "былтыр") frames no other clause, and an earlier
 * month than the one stated may be the next year's: both are left to the publication date.
 * Generated over frames, connectives and months; sentences written for the test.
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
const KK_MONTHS = [
  ['мамырда', '05'],
  ['шілдеде', '07'],
  ['қазанда', '10'],
  ['желтоқсанда', '12'],
] as const;
const KK_LINKS = [', ал', ', кейін', ', содан соң', ', ал одан кейін'];

describe('ru: a year stated in the sentence frames a month after a comma', () => {
  it.each(RU_LINKS.flatMap((link) => RU_MONTHS.map(([m, mm]) => [link, m, mm] as const)))(
    'В 2023 году … закон%s в %s …',
    (link, month, mm) => {
      const text = `В 2023 году Мажилис принял закон${link} в ${month} Сенат его одобрил.`;
      expect(valueOf('ru', text, month)).toBe(`2023-${mm}`);
    },
  );
  it.each(RU_LINKS.flatMap((link) => RU_MONTHS.map(([m, mm]) => [link, m, mm] as const)))(
    '19 марта 2023 года%s 5 … (%s)',
    (link, month, mm) => {
      const day = month.replace(/е$/u, 'я').replace(/^мая$/u, 'мая');
      const text = `Выборы прошли 19 марта 2023 года${link} повторные выборы состоялись 5 ${day}.`;
      expect(valueOf('ru', text, `5 ${day}`)).toBe(`2023-${mm}-05`);
    },
  );
});

describe('kk: a year stated alone frames a month after a comma', () => {
  it.each(KK_LINKS.flatMap((link) => KK_MONTHS.map(([m, mm]) => [link, m, mm] as const)))(
    '2023 жылы …%s %s …',
    (link, month, mm) => {
      const text = `2023 жылы Мәжіліс заңды қабылдады${link} ${month} Сенат оны мақұлдады.`;
      expect(valueOf('kk', text, month)).toBe(`2023-${mm}`);
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
    [
      'ru',
      'Законопроект внесен в сентябре 2023 года, одобрен Мажилисом 14 февраля.',
      '14 февраля',
      '2025-02-14',
    ],
  ] as const)('%s: %s', (lang, text, word, value) => {
    expect(valueOf(lang, text, word)).toBe(value);
  });
});
