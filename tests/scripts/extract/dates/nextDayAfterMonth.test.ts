/**
 * "The next day" or "that same day" after a month told with no day ("Его задержали в декабре
 * прошлого года, а на следующий день освободили от должности") is that month: the text gives no
 * finer day, and the publication date is not one to count from. Generated over the twelve months
 * in both languages (Kazakh locative of the possessive by harmony), with the story words of each.
 */
import { describe, expect, it } from 'vitest';
import { tagDates } from '../../../../scripts/extract/dates/tagDates';

const RU_MONTHS_PREP = ['январе', 'феврале', 'марте', 'апреле', 'мае', 'июне', 'июле', 'августе', 'сентябре', 'октябре', 'ноябре', 'декабре']; // prettier-ignore
/** "өткен жылдың наурызында": the month with the possessive -ы/-і and the locative -нда/-нде. */
const KK_MONTHS_POSS_LOC = ['қаңтарында', 'ақпанында', 'наурызында', 'сәуірінде', 'мамырында', 'маусымында', 'шілдесінде', 'тамызында', 'қыркүйегінде', 'қазанында', 'қарашасында', 'желтоқсанында']; // prettier-ignore
const RU_DAY_WORDS = ['на следующий день', 'наутро'];
const KK_DAY_WORDS = ['келесі күні', 'сол күні'];

const DCT = '2023-09-27';
const month = (m: number) => `2022-${String(m + 1).padStart(2, '0')}`;

describe('a story day after a month told with no day is that month', () => {
  it.each(RU_DAY_WORDS)('ru: %s', (word) => {
    RU_MONTHS_PREP.forEach((m, i) => {
      const text = `Его задержали в ${m} прошлого года, а ${word} он был освобожден от должности.`;
      const got = tagDates(text, { lang: 'ru', dct: DCT });
      expect(
        got.map((t) => t.value),
        text,
      ).toEqual([month(i), month(i)]);
      expect(got[1]!.granularity).toBe('month');
    });
  });
  it.each(KK_DAY_WORDS)('kk: %s', (word) => {
    KK_MONTHS_POSS_LOC.forEach((m, i) => {
      const text = `Ол өткен жылдың ${m} ұсталды, ал ${word} қызметінен босатылды.`;
      const got = tagDates(text, { lang: 'kk', dct: DCT });
      expect(
        got.map((t) => t.value),
        text,
      ).toEqual([month(i), month(i)]);
    });
  });
  it('after a full day it is still the day after', () => {
    const got = tagDates('Его задержали 5 декабря 2022 года, а на следующий день освободили.', {
      lang: 'ru',
      dct: DCT,
    });
    expect(got.map((t) => t.value)).toEqual(['2022-12-05', '2022-12-06']);
  });
});
