/**
 * The year written after the last member of a coordination of dates is every member's: "в марте
 * и апреле 2020 года" is March 2020, not the March nearest the publication (12 March 2025).
 * Generated over the months in the prepositional, two and three members, the conjunction with
 * and without the preposition said again, days of two months, and three years; the Kazakh
 * coordinations, whose year comes first ("2020 жылдың наурызы мен сәуірінде", "2020 жылы наурыз
 * бен сәуірде"), keep theirs. A comma alone before the year's member may end a clause, and joins
 * nothing.
 */
import { describe, expect, it } from 'vitest';
import { tagDates } from '../../../../scripts/extract/dates/tagDates';
import { RU_MONTHS_GENITIVE, RU_MONTHS_PREPOSITIONAL } from '../monthNames';

const first = (lang: 'ru' | 'kk', text: string) =>
  tagDates(text, { lang, dct: '2025-03-12' }).find((t) => t.granularity !== 'year')?.value;

const YEARS = ['2019', '2020', '2022'];
const mm = (k: number) => String(k + 1).padStart(2, '0');

const PAIRS = YEARS.flatMap((year) =>
  RU_MONTHS_PREPOSITIONAL.slice(0, 11).flatMap((month, k) =>
    [' и ', ' и в ', ' или ', ' или в '].map((join) => [
      `Сессии прошли в ${month}${join}${RU_MONTHS_PREPOSITIONAL[k + 1]} ${year} года.`,
      `${year}-${mm(k)}`,
    ]),
  ),
);
const TRIPLES = YEARS.flatMap((year) =>
  RU_MONTHS_PREPOSITIONAL.slice(0, 10).flatMap((month, k) => [
    [
      `Заседания прошли в ${month}, ${RU_MONTHS_PREPOSITIONAL[k + 1]} и ${RU_MONTHS_PREPOSITIONAL[k + 2]} ${year} года.`,
      `${year}-${mm(k)}`,
    ],
    [
      `Заседания прошли в ${month}, в ${RU_MONTHS_PREPOSITIONAL[k + 1]} и в ${RU_MONTHS_PREPOSITIONAL[k + 2]} ${year} года.`,
      `${year}-${mm(k)}`,
    ],
  ]),
);
const DAYS = YEARS.flatMap((year) =>
  RU_MONTHS_GENITIVE.slice(0, 11).map((month, k) => [
    `Выборы прошли 5 ${month} и 6 ${RU_MONTHS_GENITIVE[k + 1]} ${year} года.`,
    `${year}-${mm(k)}-05`,
  ]),
);

describe('ru: the year after the last member of a coordination', () => {
  it.each([...PAIRS, ...TRIPLES, ...DAYS])('%s → %s', (sentence, value) => {
    expect(first('ru', sentence)).toBe(value);
  });
  it('a comma alone before the year joins nothing', () => {
    expect(first('ru', 'Закон принят в марте, в апреле 2021 года он вступил в силу.')).toBe(
      '2025-03',
    );
  });
});

describe('kk: the year before the coordination', () => {
  it.each(
    YEARS.flatMap((year) => [
      [`Сайлау ${year} жылдың наурызы мен сәуірінде өтті.`, `${year}-03`],
      [`Сайлау ${year} жылы наурыз бен сәуірде өтті.`, `${year}-03`],
    ]),
  )('%s → %s', (sentence, value) => {
    expect(first('kk', sentence)).toBe(value);
  });
});

describe('ru: May in every case takes a year stated before it (dates/namedDate.ts)', () => {
  it.each(
    YEARS.flatMap((year) =>
      ['в мае', 'к маю', 'в начале мая', 'с мая', 'по май'].map((may) => [
        `В ${year} году выборы прошли ${may}.`,
        year,
      ]),
    ),
  )('%s → %s', (sentence, year) => {
    expect(first('ru', sentence)?.slice(0, 4)).toBe(year);
  });
});
