import { describe, expect, it } from 'vitest';
import { tagDates } from '../../../../../../scripts/extract/dates/tagDates';

/*
 * "гг." abbreviates the plural "годы" as "г." does "год", and "годами" is the plural's
 * instrumental: "в 2021–2022 гг." and "между 2020 — 2022 годами" were not read at all, since the
 * year reader knew only "г." and the plural forms ruUnit counts by. Generated: pairs of years ×
 * every dash, spaced or not × the abbreviation with and without its dot and the instrumental.
 */
const tag = (text: string) =>
  tagDates(text, { lang: 'ru', dct: '2024-05-10' }).map((t) => `${t.text}=${t.value}`);

const DASHES = ['-', '–', '—', ' – ', ' — ', ' - '];
const WORDS: readonly [string, string][] = [
  ['в', 'гг.'],
  ['за', 'гг.'],
  ['в', 'гг'],
  ['между', 'годами'],
  ['с', 'годами'],
];
const PAIRS: readonly [number, number][] = [
  [2020, 2022],
  [2021, 2025],
  [1991, 1995],
  [2019, 2020],
];

describe('Russian years written "гг." or "годами"', () => {
  it.each(PAIRS)('a range %i…%i before them is one interval', (a, b) => {
    const wrong = DASHES.flatMap((dash) =>
      WORDS.flatMap(([before, word]) => {
        const phrase = `${a}${dash}${b} ${word}`;
        const got = tag(`Реформы ${before} ${phrase} прошли успешно .`);
        return got.join(' ') === `${phrase}=${a}/${b}` ? [] : [`${phrase}: ${got.join(' ')}`];
      }),
    );
    expect(wrong).toEqual([]);
  });

  it.each(PAIRS)('a list %i and %i before "гг." is two years', (a, b) => {
    for (const link of [' и', ','])
      expect(tag(`Выборы в ${a}${link} ${b} гг. прошли .`)).toEqual([`${a}=${a}`, `${b} гг.=${b}`]);
  }); // prettier-ignore

  it('reads no year from the words alone', () => {
    expect(tag('Годами ждали решения, гг. не указаны .')).toEqual([]);
  });
});
