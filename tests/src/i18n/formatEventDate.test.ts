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
