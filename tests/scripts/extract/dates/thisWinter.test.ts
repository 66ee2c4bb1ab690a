/**
 * "Этой зимой" / "осы қыста": a winter spans the new year, and the tagger counts "2022-WI" from
 * December 2021 to February 2022 (dates/season.ts). Written in December, January or February,
 * "this winter" is the one under way whatever the tense (in December it was the last one with a
 * past verb, and in February the next one with a future verb); in the other months the tense
 * tells the winter before from the winter ahead. An event dated by a past winter is done, not
 * planned: its first day is the December before the year the winter names.
 * Generated over every publication month, both tenses and both languages.
 */
import { describe, expect, it } from 'vitest';
import { tagDates } from '../../../../scripts/extract/dates/tagDates';
import { extractSentences as eventsOf } from '../events/extractSentences';

const PHRASES = [
  ['ru', 'Этой зимой', 'парламент принял закон о выборах.', 'парламент примет закон о выборах.'],
  ['kk', 'Осы қыста', 'сайлау өтті.', 'сайлау өтеді.'],
] as const;

// The winter meant in each publication month of 2024, [with a past verb, with a future verb].
const expected = (month: number): [string, string] =>
  month === 12
    ? ['2025-WI', '2025-WI']
    : month <= 2
      ? ['2024-WI', '2024-WI']
      : ['2024-WI', '2025-WI'];

const cases = PHRASES.flatMap(([lang, phrase, past, future]) =>
  Array.from({ length: 12 }, (_, i) => i + 1).flatMap((month) => {
    const dct = `2024-${String(month).padStart(2, '0')}-15`;
    const [then, ahead] = expected(month);
    return [
      { lang, text: `${phrase} ${past}`, phrase, dct, want: then },
      { lang, text: `${phrase} ${future}`, phrase, dct, want: ahead },
    ];
  }),
);

describe('"this winter" is the one under way, else the tense tells which', () => {
  it.each(cases)('$lang $dct: $text', ({ lang, text, phrase, dct, want }) => {
    expect(tagDates(text, { lang, dct }).find((t) => t.text === phrase)?.value).toBe(want);
  });
});

describe('an act of a past winter is done', () => {
  it.each([
    ['ru', 'Этой зимой парламент принял закон о выборах.', '2024-06-10'],
    ['ru', 'Зимой 2024 года парламент принял закон о выборах.', '2024-06-10'],
    ['ru', 'Прошлой зимой парламент принял закон о выборах.', '2024-10-10'],
    ['kk', 'Осы қыста парламент сайлау туралы заң қабылдады.', '2024-06-10'],
  ] as const)('%s: %s (published %s)', (lang, text, dct) => {
    const law = eventsOf(lang, text, dct).events.find((e) => e.type === 'law');
    // (Dated by the winter's year, the winter kept in its timex: events/dateEvent.ts.)
    expect([law?.date.edtf, law?.date.timex]).toEqual(['2024', '2024-WI']);
    expect(law?.status).toBe('reported');
  });
});
