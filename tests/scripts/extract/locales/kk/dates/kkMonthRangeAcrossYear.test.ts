import { describe, expect, it } from 'vitest';
import { tagDates } from '../../../../../../scripts/extract/dates/tagDates';

/*
 * A month range whose end month comes before its start crosses the year end: "қараша – ақпан
 * айларында" (November to February), "қазан-қаңтар аралығында", as Russian "в октябре-январе". It
 * is one date whose end is in the next year; before, it split into two months. Generated over
 * every pair of months with the end before the start, dash styles and the words after.
 */
const MONTHS = [
  'қаңтар', 'ақпан', 'наурыз', 'сәуір', 'мамыр', 'маусым',
  'шілде', 'тамыз', 'қыркүйек', 'қазан', 'қараша', 'желтоқсан',
]; // prettier-ignore
const PAIRS = MONTHS.flatMap((a, i) =>
  MONTHS.slice(0, i).map((b, j) => ({ a, b, from: i + 1, to: j + 1 })),
);
const pad = (n: number) => String(n).padStart(2, '0');

describe('Kazakh: a month range across the year end', () => {
  it.each(PAIRS)('"2023 жылғы $a – $b айларында" is one date into 2024', ({ a, b, from, to }) => {
    for (const [dash, after] of [
      [' – ', 'айларында'],
      ['-', 'аралығында'],
    ] as const) {
      const text = `Жұмыс 2023 жылғы ${a}${dash}${b} ${after} жүрді .`;
      const got = tagDates(text, { lang: 'kk', dct: '2024-06-01' }).map((t) => [
        t.value,
        t.endValue,
      ]);
      expect(got).toEqual([[`2023-${pad(from)}`, `2024-${pad(to)}`]]);
    }
  });
});
