import { describe, expect, it } from 'vitest';
import { isPurposeYear } from '../../../../scripts/extract/dates/purposeYear';
import { tagDates } from '../../../../scripts/extract/dates/tagDates';

/** Whether the year written in [brackets] is named as a topic, not as when something happened. */
function topic(lang: 'kk' | 'ru', sentence: string): boolean {
  const text = sentence.replace(/[[\]]/gu, '');
  const start = sentence.indexOf('[');
  const t = tagDates(text, { lang, dct: '2024-02-06' }).find((x) => x.start === start);
  if (!t) throw new Error(`no date at ${start} in ${text}`);
  return isPurposeYear(text, t);
}

describe('isPurposeYear: a year named as what a plan is for or what a review is of', () => {
  it.each([
    ['ru', 'Депутаты приняли бюджет на [2025 год].', true],
    ['ru', 'Правительство подвело итоги за [2023 год].', true],
    ['kk', '[2025 жылға] арналған бюджет бекітілді.', true],
    ['kk', 'Онда [2023 жылғы] әлеуметтік-экономикалық даму қорытындысы шығарылады.', true],
    ['kk', 'Әкім [2023 жылғы] жұмыс есебін берді.', true],
    ['kk', '[2023 жылғы] сайлауда партия жеңді.', false],
    ['ru', 'В [2023 году] партия победила на выборах.', false],
    // A horizon ("until 2030") is a topic; the end of a year is a due day.
    ['kk', 'Бағдарлама [2030 жылға дейін] іске асырылады.', true],
    ['kk', 'Үкімет заң жобасын [жыл соңына дейін] Мәжіліске енгізеді.', false],
    ['kk', 'Үкімет заң жобасын [2024 жылдың соңына дейін] Мәжіліске енгізеді.', false],
  ] as const)('%s %s → %s', (lang, sentence, expected) => {
    expect(topic(lang, sentence)).toBe(expected);
  });
});
