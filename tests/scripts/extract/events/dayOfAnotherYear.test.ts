/**
 * A day of another year is not the finer date of a bare year. "Сенат бүгін 2024 жылы Ташкентте қол
 * қойылған келісімді ратификациялады" (published 12 March 2025; written for the test) told the
 * signing as today's: the year the participle holds (2024) gave way to "бүгін", a day in the
 * trigger's clause, as "В 2022 году референдум прошёл 5 июня" gives way to its day — but today is
 * no day of 2024. Generated over the day words, word orders, the year's forms and the treaty nouns.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const PUBLISHED = '2025-03-12';
const DAYS: [string, string][] = [
  ['бүгін', '2025-03-12'],
  ['кеше', '2025-03-11'],
  ['10 наурызда', '2025-03-10'],
];
const YEARS = ['2024 жылы', '2024 жылдың күзінде'];
const TREATIES = ['келісімді', 'шартты', 'меморандумды'];
const ORDERS = [
  (day: string, year: string, treaty: string) =>
    `Сенат ${day} ${year} Ташкентте қол қойылған ${treaty} ратификациялады.`,
  (day: string, year: string, treaty: string) =>
    `${day[0]!.toUpperCase()}${day.slice(1)} Сенат ${year} қол қойылған ${treaty} ратификациялады.`,
];
const FORMS = DAYS.flatMap(([day, value]) =>
  YEARS.flatMap((year) =>
    TREATIES.flatMap((treaty) =>
      ORDERS.map((order) => [order(day, year, treaty), value] as [string, string]),
    ),
  ),
);

describe('a day of another year than the one the signing holds', () => {
  it.each(FORMS)('%s: ratified %s, signed in 2024', (sentence, today) => {
    const events = extractSentences('kk', sentence, PUBLISHED).events;
    const signed = events.filter((e) => e.type === 'other');
    const ratified = events.filter((e) => e.type === 'law');
    expect(ratified.map((e) => e.date.edtf)).toEqual([today]);
    expect(signed.length).toBeGreaterThan(0);
    for (const e of signed) expect(e.date.edtf.startsWith('2024')).toBe(true);
  });

  it.each([
    ['ru', 'В 2022 году референдум прошёл 5 июня.'],
    ['kk', '2022 жылы референдум 5 маусымда өтті.'],
  ] as const)('%s: a day of the stated year still dates the event (%s)', (lang, sentence) => {
    const events = extractSentences(lang, sentence, PUBLISHED).events;
    expect(events.map((e) => e.date.edtf)).toEqual(['2022-06-05']);
  });
});
