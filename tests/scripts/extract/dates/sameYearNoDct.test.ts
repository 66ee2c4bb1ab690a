/**
 * "В июне того же года", "сол жылдың маусымында" are of the year the article told last, also in an
 * article with no publication date (the tagger leaves the month year-less, XXXX-06, and the year
 * comes from the paragraphs before); and the year a span told last is its end ("с 2021 по 2023
 * год … В августе того же года" is 2023). Generated over the twelve months in both languages.
 */
import { describe, expect, it } from 'vitest';
import { tagDates } from '../../../../scripts/extract/dates/tagDates';
import { kindsAndDays } from '../events/extractSentences';

const RU_MONTHS_PREP = ['январе', 'феврале', 'марте', 'апреле', 'мае', 'июне', 'июле', 'августе', 'сентябре', 'октябре', 'ноябре', 'декабре']; // prettier-ignore
const KK_MONTHS_POSS_LOC = ['қаңтарында', 'ақпанында', 'наурызында', 'сәуірінде', 'мамырында', 'маусымында', 'шілдесінде', 'тамызында', 'қыркүйегінде', 'қазанында', 'қарашасында', 'желтоқсанында']; // prettier-ignore
const month = (m: number) => `2013-${String(m + 1).padStart(2, '0')}`;

describe('"that same year" with no publication date', () => {
  it('ru: every month, the year of the paragraphs before', () => {
    RU_MONTHS_PREP.forEach((m, i) => {
      const got = tagDates(`Закон, принятый в ${m} того же года, вступил в силу.`, {
        lang: 'ru',
        beforeYear: '2013',
      });
      expect(got[0]?.value, m).toBe(month(i));
    });
  });
  it('kk: every month, the year of the paragraphs before', () => {
    KK_MONTHS_POSS_LOC.forEach((m, i) => {
      const got = tagDates(`Заң сол жылдың ${m} қабылданды.`, { lang: 'kk', beforeYear: '2013' });
      expect(got[0]?.value, m).toBe(month(i));
    });
  });
  it('through the pipeline: the year told in the paragraph before', () => {
    const got = kindsAndDays(
      'ru',
      'Переход начался 1 января 1998 года. В августе 2013 года фонды объединили.\n\nЗакон, принятый в июне того же года, повысил пенсионный возраст.',
      '',
    );
    expect(got).toContain('law 2013-06');
  });
  it("a span's end is the year told last", () => {
    const got = tagDates(
      'С 2021 по 2023 год он получал взятки. В августе того же года его освободили от должности.',
      { lang: 'ru' },
    );
    expect(got.map((t) => t.value)).toContain('2023-08');
  });
});
