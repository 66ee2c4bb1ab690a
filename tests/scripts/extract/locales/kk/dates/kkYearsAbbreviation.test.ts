import { describe, expect, it } from 'vitest';
import { tagDates } from '../../../../../../scripts/extract/dates/tagDates';

/*
 * "жж." abbreviates the plural "жылдар" as "ж." does "жыл": "2020–2022 жж.", "2019 және 2020
 * жж." were not read at all. Generated: the links of a range (as for "жылдары") and of a list ×
 * full and shortened ends × pairs of years from two centuries.
 */
const tag = (text: string) =>
  tagDates(`Бағдарлама ${text} жүзеге асты .`, { lang: 'kk', dct: '2024-05-10' }).map(
    (t) => `${t.text}=${t.value}..${t.endValue}`,
  );

const LINKS = ['-', '–', ' – ', '—', ' - '];
const YEARS: readonly [number, number][] = [
  [2020, 2022],
  [2021, 2025],
  [1991, 1995],
  [2019, 2020],
];

describe('Kazakh years abbreviated "жж."', () => {
  it.each(YEARS)('a range %i…%i before "жж." is one span of those years', (a, b) => {
    const wrong = LINKS.flatMap((link) =>
      [String(b), String(b).slice(2)].flatMap((end) => {
        const text = `${a}${link}${end} жж.`;
        return tag(text)[0] === `${text}=${a}/${b}..${b}`
          ? []
          : [`${text}: ${tag(text).join(' ')}`];
      }),
    );
    expect(wrong).toEqual([]);
  });

  it.each(YEARS)('a list %i and %i before "жж." is two years', (a, b) => {
    for (const link of ['және', 'мен', ','])
      expect(tag(`${a} ${link} ${b} жж.`)).toEqual([`${a}=${a}..undefined`, `${b} жж.=${b}..undefined`]);
  }); // prettier-ignore
});
