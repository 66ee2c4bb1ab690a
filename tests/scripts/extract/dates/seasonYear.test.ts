import { describe, expect, it } from 'vitest';
import { chooseYear } from '../../../../scripts/extract/dates/chooseYear';
import { seasonMonths } from '../../../../scripts/extract/dates/season';
import { tagDates } from '../../../../scripts/extract/dates/tagDates';
import type { Season } from '../../../../scripts/extract/dates/reading';

/*
 * A season is a stretch of months. Compared as one middle month, "прошлой весной" written in May
 * was this spring (April is before May) and "следующей весной" written in March was this spring
 * too; and "этой весной" / "осы көктемде" with a future verb written in May was next spring.
 * Generated: every season and publication month, each way; then sentences in both languages.
 */
const SEASONS: Season[] = ['WI', 'SP', 'SU', 'FA'];
const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);
const key = ([y, m]: [number, number]) => y * 12 + m;

describe('a season with its own "last" or "next"', () => {
  it.each(SEASONS)('%s: the nearest one wholly before or after the publication month', (season) => {
    const wrong = MONTHS.flatMap((month) => {
      const dct = { year: 2024, month, day: 15 };
      const now = key([2024, month]);
      const last = chooseYear({ season }, dct, 'past', true);
      const next = chooseYear({ season }, dct, 'future', true);
      const ok =
        key(seasonMonths(season, last)[1]) < now &&
        key(seasonMonths(season, last + 1)[1]) >= now &&
        key(seasonMonths(season, next)[0]) > now &&
        key(seasonMonths(season, next - 1)[0]) <= now;
      return ok ? [] : [`${season} in month ${month}: last ${last}, next ${next}`];
    });
    expect(wrong).toEqual([]);
  });

  it('a bare season still takes its middle month: "весной пройдут" written in May is next spring', () => {
    const dct = { year: 2024, month: 5, day: 10 };
    expect(chooseYear({ season: 'SP' }, dct, 'future')).toBe(2025);
    expect(chooseYear({ season: 'SP' }, dct, 'past')).toBe(2024);
  });
});

const value = (lang: 'kk' | 'ru', text: string, dct: string) =>
  tagDates(text, { lang, dct }).map((t) => `${t.text} ${t.value}`);

describe('"this" season is this year\'s, whatever the tense', () => {
  const THIS: [lang: 'kk' | 'ru', phrase: string, code: string, months: number[]][] = [
    ['ru', 'Этой весной', 'SP', [3, 4, 5]],
    ['ru', 'Этим летом', 'SU', [6, 7, 8]],
    ['ru', 'Этой осенью', 'FA', [9, 10, 11]],
    ['kk', 'Осы көктемде', 'SP', [3, 4, 5]],
    ['kk', 'Осы жазда', 'SU', [6, 7, 8]],
    ['kk', 'Осы күзде', 'FA', [9, 10, 11]],
  ];
  const VERBS = {
    ru: ['выборы пройдут .', 'выборы прошли .'],
    kk: ['сайлау өтеді .', 'сайлау өтті .'],
  };
  it.each(THIS)(
    '%s "%s" in every month of the season, future and past',
    (lang, phrase, code, months) => {
      const wrong = months.flatMap((m) =>
        VERBS[lang].flatMap((rest) => {
          const dct = `2024-${String(m).padStart(2, '0')}-20`;
          const got = value(lang, `${phrase} ${rest}`, dct);
          return got.join() === `${phrase} 2024-${code}` ? [] : [`${dct} ${rest}: ${got.join()}`];
        }),
      );
      expect(wrong).toEqual([]);
    },
  );
});

describe('last and next season in sentences', () => {
  it.each([
    ['ru', 'Прошлой весной выборы прошли .', '2024-05-10', 'Прошлой весной 2023-SP'],
    ['ru', 'Следующей весной выборы пройдут .', '2024-03-10', 'Следующей весной 2025-SP'],
    ['ru', 'Прошлым летом выборы прошли .', '2024-09-10', 'Прошлым летом 2024-SU'],
    ['kk', 'Өткен көктемде сайлау өтті .', '2024-05-10', 'Өткен көктемде 2023-SP'],
    ['kk', 'Келесі көктемде сайлау өтеді .', '2024-03-10', 'Келесі көктемде 2025-SP'],
    ['kk', 'Өткен күзде сайлау өтті .', '2024-12-10', 'Өткен күзде 2024-FA'],
  ] as const)('%s: %s (published %s)', (lang, text, dct, want) => {
    expect(value(lang, text, dct)).toEqual([want]);
  });
});
