/**
 * A code's title wins over the budget its word names. "Новый Бюджетный кодекс вводится с 1 июля"
 * (a sentence written for the check) was titled "The budget", and "1 шілдеден бастап жаңа Бюджет
 * кодексі енгізіледі" "The budget to be amended": the topic cue "бюджет" (locales/<lang>/lexicon/
 * titleCues.ts) read the adjective "Бюджетный" and the Kazakh noun "Бюджет" that name the code,
 * and the Kazakh budget cue read "енгізіледі" (brought in) as an amendment of the budget. The
 * word that names a code ("Бюджетный кодекс", "Бюджет кодексі") is the code's now, in both cues;
 * the code comes into force as every code does. Generated over verbs, tenses, dates and both
 * languages, with budgets told without a code, which stay the budget's.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const PUB = '2026-03-12';
// prettier-ignore
const RU = [
  (d: string) => `Новый Бюджетный кодекс вводится с ${d}.`,
  (d: string) => `С ${d} вводится новый Бюджетный кодекс.`,
  (d: string) => `С ${d} вступит в силу новый Бюджетный кодекс.`,
  (d: string) => `Новый Бюджетный кодекс вступает в силу с ${d}.`,
  (d: string) => `С ${d} начнет действовать новый Бюджетный кодекс.`,
];
const RU_DATES = [['1 июля', '2026-07-01'], ['1 мая', '2026-05-01'], ['1 апреля', '2026-04-01']]; // prettier-ignore
// prettier-ignore
const KK = [
  (d: string) => `${d}ден бастап жаңа Бюджет кодексі енгізіледі.`,
  (d: string) => `Жаңа Бюджет кодексі ${d}ден бастап енгізіледі.`,
  (d: string) => `Жаңа Бюджет кодексі ${d}де күшіне енеді.`,
  (d: string) => `${d}ден бастап жаңа Бюджет кодексі қолданысқа енеді.`,
];
const KK_DATES = [['1 шілде', '2026-07-01'], ['1 сәуір', '2026-04-01']]; // prettier-ignore

const cases = [
  ...RU.flatMap((f) => RU_DATES.map(([d, day]) => ['ru', f(d!), day])),
  ...KK.flatMap((f) => KK_DATES.map(([d, day]) => ['kk', f(d!), day])),
] as Array<['kk' | 'ru', string, string]>;

const titlesOn = (lang: 'kk' | 'ru', text: string, day: string) =>
  extractSentences(lang, text, PUB)
    .events.filter((e) => e.date.edtf === day)
    .map((e) => e.title.en);

describe('a code’s title wins over the budget', () => {
  it.each(cases)('%s: %s', (lang, text, day) => {
    expect(titlesOn(lang, text, day)).toEqual(['The Budget Code to come into force']);
  });

  it.each([
    ['ru', 'Маслихат 5 марта утвердил бюджет на 2026 год.', '2026-03-05', 'A budget is approved'],
    ['kk', 'Мәслихат 5 наурызда облыстық бюджетке түзетулер енгізді.', '2026-03-05', 'The budget is amended'],
  ] as Array<['kk' | 'ru', string, string, string]>)('%s: a budget stays the budget’s: %s', (lang, text, day, title) => {
    expect(titlesOn(lang, text, day)).toContain(title);
  }); // prettier-ignore
});
