import { describe, expect, it } from 'vitest';
import { tagDates } from '../../../../../scripts/extract/dates/tagDates';

/*
 * A two-digit year in a day-first dotted date ("26.04.22", "01.12.99") names the nearest
 * century's year: 00–49 are 2000–2049, 50–99 are 1950–1999, as worded and digit years with "ж."
 * are read (kkYearForm). Before, every two-digit year was 20yy, so "01.12.99" was 2099.
 * Generated: every two-digit year × both languages, with and without the year word.
 */
const pad = (n: number) => String(n).padStart(2, '0');
const YEARS = Array.from({ length: 100 }, (_, y) => y);
const FRAMES: readonly ['kk' | 'ru', string, string][] = [
  ['kk', 'Шешім', ''],
  ['kk', 'Шешім', ' ж.'],
  ['ru', 'Решение от', ''],
  ['ru', 'Решение от', ' г.'],
];

describe('two-digit years in dotted dates', () => {
  it.each(FRAMES)('%s: "%s 05.03.YY%s" is 1950–2049', (lang, before, suffix) => {
    const wrong = YEARS.flatMap((y) => {
      const full = y < 50 ? 2000 + y : 1900 + y;
      const found = tagDates(`${before} 05.03.${pad(y)}${suffix} қабылданды .`, {
        lang,
        dct: '2025-02-12',
      });
      const ok = found.length === 1 && found[0]!.value === `${full}-03-05`;
      return ok ? [] : [[y, found.map((t) => `${t.text}=${t.value}`)]];
    });
    expect(wrong).toEqual([]);
  });
});
