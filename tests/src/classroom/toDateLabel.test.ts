import { describe, expect, it } from 'vitest';
import { toDateLabel } from '../../../src/classroom/toDateLabel';

describe('toDateLabel', () => {
  it.each([
    ['2022-03-01', 'kk', '2022 ж. 1 наурыз'],
    ['2022-03-01', 'ru', '1 марта 2022'],
    ['2022-03-01', 'en', '1 March 2022'],
    ['2022-10', 'en', 'October 2022'],
    ['2026', 'ru', '2026'],
    ['2022-10-06/2022-11-19', 'en', '6 October 2022 – 19 November 2022'],
    ['2022-06-05/..', 'en', '5 June 2022 –'],
    ['garbage', 'en', 'garbage'],
  ])('toDateLabel(%s, %s) is %s in any time zone', (edtf, lang, label) => {
    expect(toDateLabel(edtf, lang)).toBe(label);
  });

  const SEASONS = [
    ['21', 'жылдың көктемі', 'весна', 'Spring'],
    ['22', 'жылдың жазы', 'лето', 'Summer'],
    ['23', 'жылдың күзі', 'осень', 'Autumn'],
    ['24', 'жылдың қысы', 'зима', 'Winter'],
  ] as const;
  it.each(
    SEASONS.flatMap(([code, kk, ru, en]) =>
      ['2024', '2026'].flatMap((y) =>
        ['', '?'].flatMap((q) => [
          [`${y}-${code}${q}`, 'kk', `${y} ${kk}`],
          [`${y}-${code}${q}`, 'kk-latn', `${y} ${kk}`],
          [`${y}-${code}${q}`, 'ru', `${ru} ${y}`],
          [`${y}-${code}${q}`, 'en', `${en} ${y}`],
        ]),
      ),
    ),
  )('toDateLabel(%s, %s) names the season: %s, not its first month', (edtf, lang, label) => {
    expect(toDateLabel(edtf, lang)).toBe(label);
  });
});
