/**
 * "В тот же день", "в этот же вечер", "тем же утром", "того же дня": the day a story has just
 * told, as Kazakh "сол күні" is (dates/nextDay.ts counts it). The Russian tagger read none of
 * them, so "6 ноября прошел саммит. В тот же вечер Трамп объявил …" left the evening undated.
 * Generated over the forms and the ways the day is told before; with no day told it is only
 * now; "В этот день" alone opens a "this day in history" entry and stays untagged.
 */
import { describe, expect, it } from 'vitest';
import { tagDates } from '../../../../../../scripts/extract/dates/tagDates';

const DCT = '2025-11-20';
const tagged = (text: string) =>
  tagDates(text, { lang: 'ru', dct: DCT }).map((t) => `${t.text}=${t.value}`);

// [the phrase as written in the sentence, its span]
const FORMS: Array<[string, string]> = [
  ['В тот же день', 'тот же день'],
  ['В этот же день', 'этот же день'],
  ['В тот день', 'тот день'],
  ['В тот же вечер', 'тот же вечер'],
  ['В этот же вечер', 'этот же вечер'],
  ['Тем же вечером', 'Тем же вечером'],
  ['Тем же утром', 'Тем же утром'],
  ['Тем же днем', 'Тем же днем'],
  ['Вечером того же дня', 'того же дня'],
];

const TOLD: Array<[string, string]> = [
  ['6 ноября в Вашингтоне прошел саммит.', '2025-11-06'],
  ['Саммит прошел в Вашингтоне 6 ноября 2025 года.', '2025-11-06'],
  ['Вчера в Астане прошло заседание Совета безопасности.', '2025-11-19'],
];

const cases = FORMS.flatMap(([phrase, span]) =>
  TOLD.map(([told, day]) => ({
    text: `${told} ${phrase} президент выступил с заявлением.`,
    span,
    day,
  })),
);

describe('the day just told', () => {
  it.each(cases)('$text', ({ text, span, day }) => {
    expect(tagged(text)).toContain(`${span}=${day}`);
  });
});

describe('in the same sentence', () => {
  it.each(FORMS)('6 ноября прошел саммит, и %s президент уехал', (phrase, span) => {
    const text = `6 ноября прошел саммит, и ${phrase.toLowerCase()} президент уехал.`;
    expect(tagged(text)).toContain(`${span.toLowerCase()}=2025-11-06`);
  });
});

describe('with no day told, only now; "В этот день" is left as it was', () => {
  it('В тот же день он уехал.', () => {
    expect(tagged('В тот же день он уехал.')).toEqual(['тот же день=PRESENT_REF']);
  });
  it('В этот день в 1991 году была принята Декларация.', () => {
    // (Read whole as that day of 1991, as before.)
    expect(tagged('В этот день в 1991 году была принята Декларация.')).toEqual([
      'этот день в 1991 году=1991-11-20',
    ]);
  });
});
