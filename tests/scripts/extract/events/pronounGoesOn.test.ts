/**
 * A past act whose subject is a pronoun opening its sentence, with no date of its own, goes on
 * with the dated sentence right before ("Президент 2022 жылғы 16 наурызда Жолдау жариялады. Ол
 * саяси реформаларды ұсынды"): it is of that day, not the publication's. What is told "today"
 * ("Бүгін ол …", "Ол бүгін …", "Сегодня он …") keeps the publication day. Generated: year, month
 * and day, the date before and after the subject, "Ол"/"Олар", "Он"/"Она"/"Они", three acts each.
 * Sentences written for the test, through the whole pipeline.
 */
import { describe, expect, it } from 'vitest';
import { datesAfter } from './extractSentences';

const PUB = '2025-03-12';

/** The dates of the events the sentence `second` gives, after `first`. */
const datesOf = (lang: 'kk' | 'ru', first: string, second: string) =>
  datesAfter(lang, first, second, PUB);

const DATES_KK: [string, string][] = [
  ['2022 жылы', '2022'],
  ['2022 жылғы наурызда', '2022-03'],
  ['2022 жылғы 16 наурызда', '2022-03-16'],
];
const FIRST_KK = [
  (d: string) => `Президент ${d} Жолдау жариялады.`,
  (d: string) => `${d} Мемлекет басшысы Парламентте сөз сөйледі.`,
];
const SECOND_KK = [
  'Ол саяси реформаларды ұсынды.',
  'Ол Мәжіліс сайлауын өткізуді ұсынды.',
  'Ол жаңа заңға қол қойды.',
];
const DATES_RU: [string, string][] = [
  ['В 2022 году', '2022'],
  ['В марте 2022 года', '2022-03'],
  ['16 марта 2022 года', '2022-03-16'],
];
const FIRST_RU = [
  (d: string) => `${d} Президент выступил с Посланием.`,
  (d: string) => `${d} Глава государства выступил в Парламенте.`,
];
const SECOND_RU = [
  'Он предложил политические реформы.',
  'Он предложил провести выборы в Мажилис.',
  'Он подписал новый закон о выборах.',
];

describe('a pronoun goes on with the dated sentence before', () => {
  const kk = DATES_KK.flatMap(([d, want]) =>
    FIRST_KK.flatMap((f) => SECOND_KK.map((s) => [f(d), s, want] as const)),
  );
  it.each(kk)('kk: %s %s', (first, second, want) => {
    const got = datesOf('kk', first, second);
    expect(got.length, second).toBeGreaterThan(0);
    for (const d of got) expect(d, `${first} ${second}`).toBe(want);
  });
  it.each(kk.slice(0, 6).map(([f, s, w]) => [f, s.replace(/^Ол /u, 'Олар '), w] as const))(
    'kk plural: %s %s',
    (first, second, want) => {
      for (const d of datesOf('kk', first.replace('Президент', 'Депутаттар'), second))
        expect(d, second).toBe(want);
    },
  );
  const ru = DATES_RU.flatMap(([d, want]) =>
    FIRST_RU.flatMap((f) => SECOND_RU.map((s) => [f(d), s, want] as const)),
  );
  it.each(ru)('ru: %s %s', (first, second, want) => {
    const got = datesOf('ru', first, second);
    expect(got.length, second).toBeGreaterThan(0);
    for (const d of got) expect(d, `${first} ${second}`).toBe(want);
  });
  it.each([
    ['kk', 'Президент 2022 жылғы 16 наурызда Жолдау жариялады.', 'Бүгін ол жаңа заңға қол қойды.'],
    ['kk', 'Президент 2022 жылғы 16 наурызда Жолдау жариялады.', 'Ол бүгін жаңа заңға қол қойды.'],
    [
      'ru',
      '16 марта 2022 года Президент выступил с Посланием.',
      'Сегодня он подписал новый закон.',
    ],
  ] as const)('told today keeps its day: %s %s %s', (lang, first, second) => {
    expect(datesOf(lang, first, second)).toEqual(['2025-03-12']);
  });
});
