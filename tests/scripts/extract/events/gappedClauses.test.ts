/**
 * One act told of two doers, each with its own day, the verb written once (gapping): two acts on
 * two days, never merged into one (events/gappedClauses.ts). Russian leaves the verb out of the
 * later clause (with a dash, or after "а" with the date ending the clause); Kazakh out of the
 * earlier one, or out of the later one with a dash. Sentences written for the test, published 12
 * March 2025.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const days = (lang: 'kk' | 'ru', text: string) =>
  [
    ...new Set(
      extractSentences(lang, text, '2025-03-12')
        .events.filter((e) => e.type === 'law')
        .map((e) => e.date.edtf),
    ),
  ].sort();

const RU_DAYS = [
  ['5 февраля', '20 февраля', '2025-02-05', '2025-02-20'],
  ['14 января', '3 марта', '2025-01-14', '2025-03-03'],
  ['2 декабря 2024 года', '11 декабря 2024 года', '2024-12-02', '2024-12-11'],
] as const;

/** The first clause: its doer, its verb (in the doer's number) and the bill. */
const RU_FIRST = [
  'Мажилис одобрил законопроект',
  'Мажилис принял законопроект',
  'Депутаты Мажилиса одобрили законопроект',
  'Законопроект Мажилис одобрил',
  'Мажилис принял закон',
];

/** The later clause without its verb: the doer and a dash, or "а", the doer and the date alone. */
const RU_GAPS = [
  'Сенат —',
  'а Сенат —',
  'сенаторы —',
  'а сенаторы —',
  'а Сенат',
  'а верхняя палата',
];

const ru = RU_FIRST.flatMap((first) =>
  RU_GAPS.flatMap((gap) =>
    RU_DAYS.map(([d1, d2, e1, e2]) => [`${first} ${d1}, ${gap} ${d2}.`, e1, e2]),
  ),
);

const KK_DAYS = [
  ['5 ақпанда', '20 ақпанда', '2025-02-05', '2025-02-20'],
  ['14 қаңтарда', '3 наурызда', '2025-01-14', '2025-03-03'],
  ['2024 жылғы 2 желтоқсанда', '11 желтоқсанда', '2024-12-02', '2024-12-11'],
] as const;

const KK_VERBS = ['мақұлдады', 'қабылдады'];

/** Where the verb stands: once at the end, or in the first clause with a dash in the later. */
const KK_FORMS = [
  (d1: string, d2: string, v: string) => `Мәжіліс заң жобасын ${d1}, Сенат ${d2} ${v}.`,
  (d1: string, d2: string, v: string) => `Заң жобасын Мәжіліс ${d1}, Сенат ${d2} ${v}.`,
  (d1: string, d2: string, v: string) => `Мәжіліс ${d1}, ал Сенат ${d2} заң жобасын ${v}.`,
  (d1: string, d2: string, v: string) => `Мәжіліс заң жобасын ${d1} ${v}, Сенат – ${d2}.`,
  (d1: string, d2: string, v: string) => `Мәжіліс заң жобасын ${d1} ${v}, ал Сенат – ${d2}.`,
  (d1: string, d2: string, v: string) =>
    `Заңды Мәжіліс депутаттары ${d1} ${v}, сенаторлар – ${d2}.`,
];

const kk = KK_FORMS.flatMap((form) =>
  KK_VERBS.flatMap((v) => KK_DAYS.map(([d1, d2, e1, e2]) => [form(d1, d2, v), e1, e2])),
);

describe('one act of two doers on two days, the verb written once', () => {
  it.each(ru)('ru: %s', (text, e1, e2) => {
    expect(days('ru', text)).toEqual([e1, e2].sort());
  });
  it.each(kk)('kk: %s', (text, e1, e2) => {
    expect(days('kk', text)).toEqual([e1, e2].sort());
  });
  it('a later clause with a verb of its own is not a gap', () => {
    expect(
      days('ru', 'Мажилис одобрил законопроект 5 февраля, а Президент выступил 20 февраля.'),
    ).toEqual(['2025-02-05']);
    expect(
      days('ru', 'Мажилис одобрил законопроект 5 февраля, а министр уехал 20 февраля.'),
    ).toEqual(['2025-02-05']);
  });
});
