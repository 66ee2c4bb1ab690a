/**
 * A year stated in a sentence opened as a recall ("Ранее, в январе 2022 года, …", "Бұған дейін,
 * 2022 жылғы қаңтарда …") is that recall's: a year-less day in a later sentence told in the
 * present or the future is the news, in the publication's year; one told as past goes on in the
 * recall's year (dates/narrativeYear.ts, locales/<lang>/dates/<lang>RecallFrame.ts).
 */
import { describe, expect, it } from 'vitest';
import { tagDates } from '../../../../scripts/extract/dates/tagDates';

const DCT = '2025-03-12';
const RU_FRAMES = [
  'Ранее, в январе 2022 года, в стране прошли протесты.',
  'Ранее в январе 2022 года в стране прошли протесты.',
  'Еще в январе 2022 года в стране прошли протесты.',
  'Ещё в 2022 году в стране прошли протесты.',
  'Напомним, в январе 2022 года в стране прошли протесты.',
  'До этого, в январе 2022 года, в стране прошли протесты.',
];
const KK_FRAMES = [
  'Бұған дейін, 2022 жылғы қаңтарда елде наразылық акциялары өтті.',
  'Бұдан бұрын 2022 жылы қаңтарда елде наразылық акциялары өтті.',
  'Сол кезде, 2022 жылғы қаңтарда, елде наразылық акциялары өтті.',
  'Еске салайық, 2022 жылғы қаңтарда елде наразылық акциялары өтті.',
];
// [the next sentence, the year its "15 марта" / "15 наурызда" takes]
const RU_NEXT: Array<[string, string]> = [
  ['15 марта Президент подпишет указ о выборах.', '2025'],
  ['15 марта Президент подписывает указ о выборах.', '2025'],
  ['15 марта Сенат рассматривает закон о выборах.', '2025'],
  ['15 марта состоится заседание Сената.', '2025'],
  ['15 марта Президент подписал указ о выборах.', '2022'],
];
const KK_NEXT: Array<[string, string]> = [
  ['15 наурызда Президент сайлау туралы жарлыққа қол қояды.', '2025'],
  ['15 наурызда Президент сайлау туралы жарлыққа қол қоймақ.', '2025'],
  ['15 наурызда Сенат отырысы өтеді.', '2025'],
  ['15 наурызда Президент сайлау туралы жарлыққа қол қойды.', '2022'],
];

const CASES: Array<['kk' | 'ru', string, string, string]> = [
  ...RU_FRAMES.flatMap((f) => RU_NEXT.map(([n, y]) => ['ru', f, n, y] as ['ru', string, string, string])), // prettier-ignore
  ...KK_FRAMES.flatMap((f) => KK_NEXT.map(([n, y]) => ['kk', f, n, y] as ['kk', string, string, string])), // prettier-ignore
];

describe('a recall frame keeps its year to what is told as past', () => {
  it.each(CASES)('%s: %s %s → %s', (lang, frame, next, year) => {
    const text = `Астана, 12 ${lang === 'ru' ? 'марта' : 'наурыз'}. ${frame} ${next}`;
    const day = tagDates(text, { lang, dct: DCT }).find((t) => t.text.startsWith('15'));
    expect(day?.value).toBe(`${year}-03-15`);
  });
});
