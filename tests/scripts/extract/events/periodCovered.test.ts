/**
 * The year a budget covers is the budget's, not the day it was approved: "Өткен жылы мәслихат
 * 2026 жылғы бюджетті бекіткен болатын" and "В прошлом году маслихат утвердил бюджет 2026 года"
 * were approved last year (2025), not in 2026 (events/periodCovered.ts; the Kazakh attributive
 * year describes the noun, not the verb, locales/kk/events/dateOwnership.ts). Sentences written
 * for the test.
 */
import { describe, expect, it } from 'vitest';
import { datesAfter } from './extractSentences';

const PUB = '2026-03-12';
const FIRST = {
  kk: 'Қала тұрғындары жаңа саябақты аралады.',
  ru: 'Жители города осмотрели новый парк.',
};
const YEARS = ['2026', '2027', '2024'];

const KK_WHEN = [
  ['Өткен жылы', '2025'],
  ['2025 жылы', '2025'],
  ['2025 жылдың желтоқсанында', '2025-12'],
  ['2025 жылғы 20 желтоқсанда', '2025-12-20'],
] as const;
const KK_BODY = ['мәслихат', 'облыстық мәслихат', 'депутаттар'];
const KK_VERB = ['бекіткен болатын', 'бекітті', 'қабылдады', 'мақұлдаған еді'];
const KK_CASES = KK_WHEN.flatMap(([when, day]) =>
  KK_BODY.flatMap((body) =>
    KK_VERB.flatMap((verb) =>
      YEARS.map((year) => [`${when} ${body} ${year} жылғы бюджетті ${verb}.`, day, year] as const),
    ),
  ),
);

const RU_WHEN = [
  ['В прошлом году', '2025'],
  ['В 2025 году', '2025'],
  ['В декабре 2025 года', '2025-12'],
  ['20 декабря 2025 года', '2025-12-20'],
] as const;
const RU_BODY = ['маслихат', 'областной маслихат', 'депутаты'];
const RU_VERB = ['утвердил', 'одобрил'];
const RU_CASES = RU_WHEN.flatMap(([when, day]) =>
  RU_BODY.flatMap((body) =>
    RU_VERB.flatMap((verb) =>
      YEARS.map((year) => {
        const v = body === 'депутаты' ? `${verb}и` : verb;
        return [`${when} ${body} ${v} бюджет ${year} года.`, day, year] as const;
      }),
    ),
  ),
);

describe('a Kazakh budget approved in one year for another', () => {
  it.each(KK_CASES)('%s', (sentence, day) => {
    expect(datesAfter('kk', FIRST.kk, sentence, PUB, 'other')).toEqual([day]);
  });
});

describe('a Russian budget approved in one year for another', () => {
  it.each(RU_CASES)('%s', (sentence, day) => {
    expect(datesAfter('ru', FIRST.ru, sentence, PUB, 'other')).toEqual([day]);
  });
});

describe('a budget year with no date of the act is no date of it', () => {
  it.each(YEARS)('%s', (year) => {
    expect(
      datesAfter('ru', FIRST.ru, `Маслихат утвердил бюджет ${year} года.`, PUB, 'other'),
    ).not.toContain(year);
  });
});
