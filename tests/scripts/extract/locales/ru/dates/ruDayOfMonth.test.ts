/**
 * "5-го числа", "к 10-му числу", "пятнадцатого числа следующего месяца": a day of a month the
 * text does not name is a day of the month under way (or of the month "прошлого"/"следующего
 * месяца" names). The tagger had no reading of "число", so these had no date. Sentences written
 * for this test, generated over days in digits and words, the cases of "число", the modifiers of
 * the month and tenses; "число" that counts ("большое число депутатов") stays untagged.
 */
import { describe, expect, it } from 'vitest';
import { tagDates } from '../../../../../../scripts/extract/dates/tagDates';

const DCT = '2025-02-12';
const tagged = (text: string) =>
  tagDates(text, { lang: 'ru', dct: DCT }).map((t) => `${t.text}=${t.value}`);

// [the day as written, its number]
const DAYS: Array<[string, number]> = [
  ['5-го', 5],
  ['10-го', 10],
  ['20', 20],
  ['первого', 1],
  ['пятнадцатого', 15],
  ['двадцать пятого', 25],
];
// [the phrase around the day, the case of "число"]
const PHRASES = [
  (d: string) => `${d} числа`,
  (d: string) => `к ${d.replace(/-го$/u, '-му').replace(/ого$/u, 'ому')} числу`,
];
const MONTHS: Array<[string, string]> = [
  ['', '2025-02'],
  [' этого месяца', '2025-02'],
  [' текущего месяца', '2025-02'],
  [' следующего месяца', '2025-03'],
  [' прошлого месяца', '2025-01'],
];
const SENTENCES = [
  (p: string) => `Заседание Мажилиса пройдет ${p}.`,
  (p: string) => `Депутаты должны представить поправки ${p}.`,
  (p: string) => `${p[0]!.toUpperCase()}${p.slice(1)} Сенат рассмотрел закон.`,
];

const cases = DAYS.flatMap(([d, n]) =>
  PHRASES.flatMap((phrase) =>
    MONTHS.flatMap(([month, ym]) =>
      SENTENCES.map((s) => {
        const span = phrase(d).replace(/^к /u, '') + month;
        return [s(phrase(d) + month), `${span}=${ym}-${String(n).padStart(2, '0')}`] as const;
      }),
    ),
  ),
);

describe('a day of the month under way', () => {
  it.each(cases)('%s → %s', (text, want) => {
    const got = tagged(text).map((t) => t.toLowerCase());
    expect(got).toContain(want.toLowerCase());
  });
  it.each([
    'Большое число депутатов поддержало закон.',
    'В числе кандидатов пять человек.',
    'Число избирателей выросло на 5 процентов.',
  ])('not a day: %s', (text) => expect(tagged(text)).toEqual([]));
});
