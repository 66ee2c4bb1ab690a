import { beforeAll, describe, expect, it } from 'vitest';
import type { i18n } from 'i18next';
import { kk, ru, enUS } from 'date-fns/locale';
import { formatEventDate } from '../../../src/i18n/formatEventDate';
import { setupI18n, switchLanguage } from '../../../src/i18n/setupI18n';

let i18: i18n;
beforeAll(async () => {
  i18 = await setupI18n('en');
});

describe('formatEventDate', () => {
  it('formatEventDate() formats a day in UTC whatever the local zone', async () => {
    await switchLanguage(i18, 'en');
    expect(formatEventDate({ edtf: '2022-03-01' }, 'en', enUS, i18.t)).toBe('1 March 2022');
    await switchLanguage(i18, 'ru');
    expect(formatEventDate({ edtf: '2022-03-01' }, 'ru', ru, i18.t)).toBe('1 марта 2022 г.');
    await switchLanguage(i18, 'kk');
    expect(formatEventDate({ edtf: '2022-03-01' }, 'kk', kk, i18.t)).toBe('2022 ж. 1 наурыз');
  });

  it('formatEventDate() formats months, seasons and years without inventing a day', async () => {
    await switchLanguage(i18, 'en');
    expect(formatEventDate({ edtf: '2022-04' }, 'en', enUS, i18.t)).toBe('April 2022');
    expect(formatEventDate({ edtf: '2022-21' }, 'en', enUS, i18.t)).toBe('Spring 2022');
    expect(formatEventDate({ edtf: '2026' }, 'en', enUS, i18.t)).toBe('2026');
    await switchLanguage(i18, 'ru');
    expect(formatEventDate({ edtf: '2022-04' }, 'ru', ru, i18.t)).toBe('апрель 2022 г.');
  });

  it.each([
    ['en', '2024', '2024-SP', 'Spring 2024'],
    ['en', '2025', '2025-FA', 'Autumn 2025'],
    ['ru', '2024', '2024-SU', 'лето 2024 г.'],
    ['kk', '2024', '2024-WI', '2024 жылдың қысы'],
    // (A timex of another date, or a season of another year, does not rename the year.)
    ['en', '2024', '2023-SP', '2024'],
    ['en', '2024', '2024-03', '2024'],
    ['en', '2024-05', '2024-SP', 'May 2024'],
  ] as const)(
    'formatEventDate() names the season an event dated by its year was told in (%s %s, timex %s)',
    async (lang, edtf, timex, want) => {
      await switchLanguage(i18, lang);
      const locale = { en: enUS, ru, kk }[lang];
      expect(formatEventDate({ edtf, timex }, lang, locale, i18.t)).toBe(want);
    },
  );

  it('formatEventDate() formats closed and open intervals', async () => {
    await switchLanguage(i18, 'en');
    expect(formatEventDate({ edtf: '2022-10-06/2022-11-19' }, 'en', enUS, i18.t)).toBe(
      '6 October 2022 – 19 November 2022',
    );
    expect(formatEventDate({ edtf: '2022-06-05/..' }, 'en', enUS, i18.t)).toBe('from 5 June 2022');
  });

  it('formatEventDate() transliterates for kk-latn', async () => {
    await switchLanguage(i18, 'kk-latn');
    expect(formatEventDate({ edtf: '2022-03-01' }, 'kk-latn', kk, i18.t)).toBe('2022 j. 1 nauryz');
  });
});
