/**
 * "С октября по январь", "с марта до мая 2025 года": two months after "с … по/до" are one span,
 * as "в октябре-январе" is; an end month before the start month is in the next year, and a year
 * written after the end month is the end's ("с октября по январь 2025 года" starts in October
 * 2024). The tagger read the ends apart, each taking its year from the tense alone: published in
 * November, "с октября по январь проходил" ran from October 2025 back to January 2025, and "с
 * марта по май 2025 года" started in March 2026. Sentences written for this test, generated over
 * month pairs, links, years and tenses.
 */
import { describe, expect, it } from 'vitest';
import { tagDates } from '../../../../../../scripts/extract/dates/tagDates';

const GENITIVE = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря']; // prettier-ignore
const ACCUSATIVE = ['январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь']; // prettier-ignore
const pad = (n: number) => String(n).padStart(2, '0');

const span = (text: string, dct: string) =>
  tagDates(text, { lang: 'ru', dct })
    .filter((t) => t.endValue)
    .map((t) => `${t.value}/${t.endValue}`);

// [start month, end month] (1-based), crossing the new year or not
const PAIRS: Array<[number, number]> = [
  [10, 1],
  [11, 3],
  [9, 12],
  [3, 5],
  [1, 6],
  [12, 2],
];
const LINKS = [
  (a: number, b: number) => `с ${GENITIVE[a - 1]} по ${ACCUSATIVE[b - 1]}`,
  (a: number, b: number) => `с ${GENITIVE[a - 1]} до ${GENITIVE[b - 1]}`,
];
const YEARS = [2019, 2025];
const SENTENCES = [
  (p: string) => `Проверки в акиматах проходили ${p}.`,
  (p: string) =>
    `${p[0]!.toUpperCase()}${p.slice(1)} депутаты Мажилиса провели выездные заседания.`,
];

describe('two months after "с … по/до" with the year after the end', () => {
  const cases = PAIRS.flatMap(([a, b]) =>
    LINKS.flatMap((link) =>
      YEARS.flatMap((y) =>
        SENTENCES.map((s) => {
          const startYear = b < a ? y - 1 : y;
          return [s(`${link(a, b)} ${y} года`), `${startYear}-${pad(a)}/${y}-${pad(b)}`] as const;
        }),
      ),
    ),
  );
  it.each(cases)('%s → %s', (text, want) => expect(span(text, '2025-11-12')).toEqual([want]));
});

describe('two months after "с … по/до" with no year: the tense places the span', () => {
  it.each([
    ['С октября по январь проходил отопительный сезон.', '2025-11-12', '2024-10/2025-01'],
    ['С октября по январь проходил отопительный сезон.', '2025-06-01', '2024-10/2025-01'],
    ['С октября по январь будет проходить отопительный сезон.', '2025-02-12', '2025-10/2026-01'],
    ['С ноября по март будет действовать мораторий.', '2025-06-01', '2025-11/2026-03'],
    ['С марта до мая прошли проверки.', '2025-02-12', '2024-03/2024-05'],
    ['С марта по май пройдут проверки.', '2025-02-12', '2025-03/2025-05'],
  ])('%s (%s) → %s', (text, dct, want) => expect(span(text, dct)).toEqual([want]));
  it.each(['По марту и маю данных нет.', 'Данные по марту до мая уточняются.'])(
    'not one span without "с": %s',
    (text) => expect(span(text, '2025-02-12')).toEqual([]),
  );
});
