/**
 * The two ends of a year-less range are one span: generated over spans that start up to two months
 * before a publication day and end up to two months after it, in both languages and every tense,
 * with the Kazakh ablative and dative endings built by vowel harmony and the last sound. A span
 * under way on the publication day contains it; any span starts no later than it ends.
 */
import { describe, expect, it } from 'vitest';
import { tagDates } from '../../../../scripts/extract/dates/tagDates';

const RU_MONTHS_GEN = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря']; // prettier-ignore
const KK_MONTHS = ['қаңтар', 'ақпан', 'наурыз', 'сәуір', 'мамыр', 'маусым', 'шілде', 'тамыз', 'қыркүйек', 'қазан', 'қараша', 'желтоқсан']; // prettier-ignore

const front = (w: string) => /[әеіөүи][^аәеіоөұүыуэюяи]*$/u.test(w);
/** The ablative: -нан/-нен after a nasal, -тан/-тен after a voiceless sound, else -дан/-ден. */
const kkAblative = (w: string) =>
  w + (/[мнң]$/u.test(w) ? 'н' : /[кқпстфхцчшщ]$/u.test(w) ? 'т' : 'д') + (front(w) ? 'ен' : 'ан');
/** The dative: -ке/-қа after к/қ and other voiceless sounds, else -ге/-ға. */
const kkDative = (w: string) =>
  w + (/[кқпстфхцчшщ]$/u.test(w) ? (front(w) ? 'ке' : 'қа') : front(w) ? 'ге' : 'ға');

const DCT = '2024-09-26';
const day = (offset: number) => new Date(Date.UTC(2024, 8, 26 + offset)).toISOString().slice(0, 10);
const parts = (iso: string) => ({ month: Number(iso.slice(5, 7)), dom: Number(iso.slice(8, 10)) });

const RU_VERBS = ['проводится агитация', 'проходила агитация', 'пройдет агитация'];
const KK_VERBS = ['үгіт жүргізіледі', 'үгіт жүрді', 'үгіт жүреді'];

// Spans [start, end] in days from the publication day: under way (start ≤ 0 ≤ end) or not.
const SPANS: Array<[number, number]> = [];
for (let start = -60; start <= 60; start += 9)
  for (const length of [3, 17, 40]) SPANS.push([start, start + length]);

function sentence(lang: 'kk' | 'ru', from: string, to: string, verb: string): string {
  const [a, b] = [parts(from), parts(to)];
  if (lang === 'ru')
    return `С ${a.dom} ${RU_MONTHS_GEN[a.month - 1]} по ${b.dom} ${RU_MONTHS_GEN[b.month - 1]} в стране ${verb}.`;
  return `Елде ${a.dom} ${kkAblative(KK_MONTHS[a.month - 1]!)} ${b.dom} ${kkDative(KK_MONTHS[b.month - 1]!)} дейін ${verb}.`;
}

describe('a range starts no later than it ends, and a span under way contains the publication day', () => {
  for (const lang of ['ru', 'kk'] as const) {
    const cases = SPANS.flatMap(([s, e]) =>
      (lang === 'ru' ? RU_VERBS : KK_VERBS).map(
        (verb) => [sentence(lang, day(s), day(e), verb), s, e] as const,
      ),
    );
    it.each(cases)(`${lang}: %s (%i…%i days)`, (text, s, e) => {
      const values = tagDates(text, { lang, dct: DCT }).map((t) => t.value);
      expect(values).toHaveLength(2);
      expect(values[0]! <= values[1]!).toBe(true);
      if (s <= 0 && e >= 0) expect(values).toEqual([day(s), day(e)]);
    });
  }
});

describe('ends that already agree, or state their years, keep them', () => {
  it.each([
    [
      'ru',
      'С 20 декабря 2023 года по 10 января 2024 года шла кампания.',
      ['2023-12-20', '2024-01-10'],
    ],
    ['ru', 'Выставка работала с 5 мая по 9 мая.', ['2024-05-05', '2024-05-09']],
    ['ru', 'С 1 октября 2025 года по 5 марта пройдет обсуждение.', ['2025-10-01', '2026-03-05']],
    [
      'kk',
      'Науқан 2023 жылғы 20 желтоқсаннан 10 қаңтарға дейін өтті.',
      ['2023-12-20', '2024-01-10'],
    ],
    // Not a range: two dates told apart.
    [
      'ru',
      'Съезд пройдет 9 октября, а совещание прошло 20 сентября.',
      ['2024-10-09', '2024-09-20'],
    ],
  ] as const)('%s: %s', (lang, text, want) => {
    expect(tagDates(text, { lang, dct: DCT }).map((t) => t.value)).toEqual(want);
  });
});
