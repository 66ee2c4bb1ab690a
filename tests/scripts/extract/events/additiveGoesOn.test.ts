/**
 * An act added by "также"/"сондай-ақ" to the dated act the sentence before told goes on at that
 * day, however long before publication it lies ("Сенат 10 февраля одобрил закон. Сенаторы также
 * ратифицировали соглашение", published 12 March): not the publication day. A "также" that joins
 * two things inside the sentence ("…, а также одобрили поправки") adds nothing to the sentence
 * before. And a headline of the lead's kind heads the lead's act on its day, a month before
 * publication too. Generated: date forms × subjects × additive cues and their places × acts.
 * Sentences written for the test, through the whole pipeline.
 */
import { describe, expect, it } from 'vitest';
import { ASPECT } from '../../../../scripts/extract/events/aspect';
import { datesAfter, extractSentences } from './extractSentences';

const PUB = '2026-03-12';

const DATES_KK: [string, string][] = [
  ['10 ақпанда', '2026-02-10'],
  ['2026 жылғы 10 ақпанда', '2026-02-10'],
  ['2025 жылғы 5 желтоқсанда', '2025-12-05'],
];
const FIRST_KK = [
  (d: string) => `Сенат ${d} сайлау туралы заңды мақұлдады.`,
  (d: string) => `Мәжіліс ${d} бюджет туралы заңды қабылдады.`,
];
const ADDED_KK = [
  (act: string) => `Депутаттар сондай-ақ ${act}`,
  (act: string) => `Сондай-ақ депутаттар ${act}`,
  (act: string) => `Сонымен қатар депутаттар ${act}`,
  (act: string) => `Депутаттар сонымен бірге ${act}`,
  (act: string) => `Бұған қоса депутаттар ${act}`,
];
const ACTS_KK = ['Өзбекстанмен келісімді ратификациялады.', 'салық туралы заңды қабылдады.'];

const DATES_RU: [string, string][] = [
  ['10 февраля', '2026-02-10'],
  ['10 февраля 2026 года', '2026-02-10'],
  ['5 декабря 2025 года', '2025-12-05'],
];
const FIRST_RU = [
  (d: string) => `Сенат ${d} одобрил закон о выборах.`,
  (d: string) => `${d} Мажилис принял закон о бюджете.`,
];
const ADDED_RU = [
  (act: string) => `Депутаты также ${act}`,
  (act: string) => `Также депутаты ${act}`,
  (act: string) => `Кроме того, депутаты ${act}`,
  (act: string) => `Помимо этого, депутаты ${act}`,
  (act: string) => `Депутаты тоже ${act}`,
];
const ACTS_RU = ['ратифицировали соглашение с Узбекистаном.', 'приняли закон о налогах.'];

function cases(
  dates: [string, string][],
  firsts: ((d: string) => string)[],
  added: ((a: string) => string)[],
  acts: string[],
) {
  return dates.flatMap(([d, want]) =>
    firsts.flatMap((f) => added.flatMap((a) => acts.map((act) => [f(d), a(act), want] as const))),
  );
}

describe('an act added to the sentence before goes on at its day', () => {
  it.each(cases(DATES_KK, FIRST_KK, ADDED_KK, ACTS_KK))('kk: %s %s', (first, second, want) => {
    const got = datesAfter('kk', first, second, PUB);
    expect(got.length, second).toBeGreaterThan(0);
    for (const d of got) expect(d, `${first} ${second}`).toBe(want);
  });
  it.each(cases(DATES_RU, FIRST_RU, ADDED_RU, ACTS_RU))('ru: %s %s', (first, second, want) => {
    const got = datesAfter('ru', first, second, PUB);
    expect(got.length, second).toBeGreaterThan(0);
    for (const d of got) expect(d, `${first} ${second}`).toBe(want);
  });
});

describe('"также" inside the sentence adds nothing to the one before', () => {
  it.each([
    ['ru', 'Депутаты ратифицировали соглашение, а также приняли закон о налогах.'],
    ['ru', 'Депутаты ратифицировали соглашение, также приняли закон о налогах.'],
    ['ru', 'Читайте также: депутаты приняли закон о налогах.'],
    ['kk', 'Депутаттар келісімді, сондай-ақ салық туралы заңды қабылдады.'],
    ['kk', 'Депутаттар келісімді ратификациялады.'],
  ] as const)('%s: %s', (lang, sentence) => {
    expect(ASPECT[lang].additive!.test(sentence)).toBe(false);
  });
});

describe("a headline of the lead's kind heads its act, a month before publication too", () => {
  it.each([
    ['ru', 'Сенат одобрил закон о выборах', 'Астана. Сенат 10 февраля одобрил закон о выборах.'],
    ['ru', 'Токаев подписал закон о выборах', 'Токаев 10 февраля подписал закон о выборах.'],
    [
      'kk',
      'Тоқаев сайлау туралы заңға қол қойды',
      'Тоқаев 10 ақпанда сайлау туралы заңға қол қойды.',
    ],
  ] as const)('%s: %s / %s', (lang, headline, lead) => {
    const { events } = extractSentences(lang, `${headline}\n\n${lead}`, PUB);
    expect(events.map((e) => e.date.edtf)).toEqual(['2026-02-10']);
  });
});
