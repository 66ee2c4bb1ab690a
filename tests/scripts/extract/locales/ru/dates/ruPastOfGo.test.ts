/**
 * "В марте шла избирательная кампания": "шла", "шло", "шли", the past of "идти" ("шёл"/"шел" was read) (a campaign, a
 * debate, a count "went on"), tell a past. The past-tense pattern wanted two letters before the
 * ending, so these were no past and a year-less month written in February took the coming March.
 * Sentences written for this test, generated over months, verb forms and subjects (published 12
 * February 2025: every month after February is last year's when told as past).
 */
import { describe, expect, it } from 'vitest';
import { tagDates } from '../../../../../../scripts/extract/dates/tagDates';

const MONTHS: Array<[string, number]> = [
  ['марте', 3],
  ['мае', 5],
  ['сентябре', 9],
  ['декабре', 12],
];
const PASTS = [
  (m: string) => `В ${m} шла избирательная кампания.`,
  (m: string) => `В ${m} шло обсуждение законопроекта.`,
  (m: string) => `В ${m} в Мажилисе шли дебаты о бюджете.`,
  (m: string) => `Подсчет голосов в ${m} шел медленно.`,
];

describe('the past of "идти" tells a past', () => {
  const cases = MONTHS.flatMap(([m, n]) =>
    PASTS.map((s) => [s(m), `2024-${String(n).padStart(2, '0')}`] as const),
  );
  it.each(cases)('%s → %s', (text, want) =>
    expect(tagDates(text, { lang: 'ru', dct: '2025-02-12' }).map((t) => t.value)).toEqual([want]),
  );
});
