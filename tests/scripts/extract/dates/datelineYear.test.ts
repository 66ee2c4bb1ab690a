/**
 * The year of a dateline that names only its day, from the tense of the article's full dates.
 * Texts written for the test; the generated table moves the dateline's day and the told days
 * around each other in both languages.
 */
import { describe, expect, it } from 'vitest';
import { datelineYear } from '../../../../scripts/extract/dates/datelineYear';
import { tagDates } from '../../../../scripts/extract/dates/tagDates';

const year = (lang: 'kk' | 'ru', text: string, monthDay: string) =>
  datelineYear(lang, text, tagDates(text, { lang }), monthDay);

describe('datelineYear(lang, text, timexes, monthDay)', () => {
  it('keeps the day between the days told as past and as ahead (kk)', () => {
    const text =
      '2024 жылғы 6 қазанда өткен референдумда 58 пайыз дауыс берді. Референдум 2026 жылғы 15 наурызда өтеді.';
    expect(year('kk', text, '02-24')).toBe('2026');
    // 1 April lies after 15 March: only 2025 keeps it between the two days.
    expect(year('kk', text, '04-01')).toBe('2025');
  });

  it('takes the first year after the days told as past when none lies ahead (ru)', () => {
    const text =
      '24 ноября 2022 года партия подала документы, а 3 декабря 2022 года получила отказ.';
    expect(year('ru', text, '12-19')).toBe('2022');
    expect(year('ru', text, '01-10')).toBe('2023');
  });

  it('gives no year from days long past alone: they bound it from below only', () => {
    expect(year('kk', 'Партия 2019 жылғы 10 наурызда құрылды.', '09-14')).toBeUndefined();
    expect(year('ru', 'Визит состоялся 2 сентября 2019 года.', '09-14')).toBe('2019');
    expect(year('ru', 'Визит состоялся 2 сентября 2019 года.', '12-14')).toBeUndefined();
  });

  it('gives no year when no full date is told in a tense, or the told days contradict', () => {
    expect(year('kk', 'Бүгін комиссия отырысы өтті.', '02-24')).toBeUndefined();
    expect(year('ru', 'План на 2025 год утвержден.', '02-24')).toBeUndefined();
    const contradict = 'Сайлау 2026 жылғы 1 наурызда өтті. Съезд 2025 жылғы 1 маусымда өтеді.';
    expect(year('kk', contradict, '04-01')).toBeUndefined();
  });

  // Generated: for every month of the dateline and of the told days, the year found keeps the
  // dateline after the past day and before the day ahead.
  const months = Array.from({ length: 12 }, (_, i) => String(i + 1).padStart(2, '0'));
  const KK_MONTHS = ['қаңтарда', 'ақпанда', 'наурызда', 'сәуірде', 'мамырда', 'маусымда', 'шілдеде', 'тамызда', 'қыркүйекте', 'қазанда', 'қарашада', 'желтоқсанда']; // prettier-ignore
  it.each(months.flatMap((d) => months.map((p) => [d, p] as const)))(
    'dateline 15.%s, a past day 10.%s 2023 and a day ahead in 2025',
    (dateline, past) => {
      const text = `Партия 2023 жылғы 10 ${KK_MONTHS[+past - 1]} өткен съезде құрылды. Сайлау 2025 жылғы 20 желтоқсанда өтеді.`;
      const found = year('kk', text, `${dateline}-15`);
      expect(found).toBeDefined();
      const pub = `${found}-${dateline}-15`;
      expect(pub >= `2023-${past}-10`).toBe(true);
      expect(pub <= '2025-12-20').toBe(true);
      expect(found).toBe('2025');
    },
  );
});
