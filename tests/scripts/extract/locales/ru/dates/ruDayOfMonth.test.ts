/**
 * "5-го числа", "к 10-му числу", "пятнадцатого числа следующего месяца": a day of a month the
 * text does not name is a day of the month under way, or of the nearest month its tense allows
 * (or of the month "этого"/"прошлого"/"следующего месяца" names). The tagger had no reading of "число", so these had no date. Sentences written
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
// [the sentence, its tense] (ruDayOfMonthTense.test.ts: with no month named, a day the tense
// puts on the other side of the publication day is of the month after or before.)
const SENTENCES: Array<[(p: string) => string, 'future' | 'past']> = [
  [(p) => `Заседание Мажилиса пройдет ${p}.`, 'future'],
  [(p) => `Депутаты должны представить поправки ${p}.`, 'future'],
  [(p) => `${p[0]!.toUpperCase()}${p.slice(1)} Сенат рассмотрел закон.`, 'past'],
];
/** The month of an unnamed month's day on the 12th of February 2025, by the tense. */
const unnamed = (n: number, tense: 'future' | 'past') =>
  tense === 'future' && n < 12 ? '2025-03' : tense === 'past' && n > 12 ? '2025-01' : '2025-02';

const cases = DAYS.flatMap(([d, n]) =>
  PHRASES.flatMap((phrase) =>
    MONTHS.flatMap(([month, ym]) =>
      SENTENCES.map(([s, tense]) => {
        const span = phrase(d).replace(/^к /u, '') + month;
        const m = month === '' ? unnamed(n, tense) : ym;
        return [s(phrase(d) + month), `${span}=${m}-${String(n).padStart(2, '0')}`] as const;
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
