/**
 * A part of a year named by its number ("в начале 2023 года", "до конца 2022-го года", "2021
 * жылдың ортасында") is one expression: its span covers the qualifier, its value stays the year
 * (never a month made up), and its TIMEX3 mod says which part. Every case form of the qualifier,
 * each way of writing the year, both languages. Sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { tagDates } from '../../../../../../scripts/extract/dates/tagDates';

const PUBLISHED = '2025-03-12';
const found = (lang: 'kk' | 'ru', text: string) =>
  tagDates(text, { lang, dct: PUBLISHED }).map((x) => ({
    text: text.slice(x.start, x.end),
    value: x.value,
    mod: x.mod,
  }));

/** [the qualifier as written, its mod]: nominative, genitive, dative, prepositional. */
const RU_PARTS: [string, string][] = [
  ['в начале', 'START'],
  ['с начала', 'START'],
  ['к началу', 'START'],
  ['в середине', 'MID'],
  ['с середины', 'MID'],
  ['к середине', 'MID'],
  ['в конце', 'END'],
  ['до конца', 'END'],
  ['к концу', 'END'],
];
const RU_YEARS = ['2023 года', '2023-го года'];

describe('Russian: a part of a year by its number', () => {
  it.each(RU_PARTS.flatMap(([part, mod]) => RU_YEARS.map((y) => [part, y, mod] as const)))(
    '"%s %s" → 2023, %s',
    (part, year, mod) => {
      const text = `Выборы прошли ${part} ${year} в Казахстане.`;
      // (The preposition stays out of the span, as the evaluation's rules say.)
      const qualifier = part.split(' ')[1]!;
      expect(found('ru', text)).toContainEqual({
        text: `${qualifier} ${year}`,
        value: '2023',
        mod,
      });
    },
  );
});

/** [the qualifier with its case ending, its mod]. */
const KK_PARTS: [string, string][] = [
  ['басында', 'START'],
  ['басынан', 'START'],
  ['басына', 'START'],
  ['ортасында', 'MID'],
  ['ортасына', 'MID'],
  ['соңында', 'END'],
  ['соңына', 'END'],
  ['аяғында', 'END'],
  ['аяғына', 'END'],
];

describe('Kazakh: a part of a year by its number', () => {
  it.each(KK_PARTS)('"2023 жылдың %s" → 2023, %s', (part, mod) => {
    const text = `Сайлау 2023 жылдың ${part} өтті.`;
    expect(found('kk', text)).toContainEqual({ text: `2023 жылдың ${part}`, value: '2023', mod });
  });
});
