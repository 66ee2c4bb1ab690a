import { describe, expect, it } from 'vitest';
import { tagDates } from '../../../../../scripts/extract/dates/tagDates';

/*
 * The point after a numeric date's year word is the sentence's: "26.04.2022 жылы." and
 * "26.04.2022 года." end at the word. Only an abbreviation ("ж.", "г.") takes its point. Before,
 * any year word took a point after it, so the date ran over the end of its sentence.
 * Generated: dotted and slashed dates × the full year words of both languages × the
 * abbreviations, at the end of a sentence before another.
 */
const DATES = ['26.04.2022', '5.3.2024', '05/03/2024', '26.04.22'];
const WORDS: readonly ['kk' | 'ru', string, string][] = [
  ['kk', ' жылы', ' жылы'],
  ['kk', ' жылғы', ' жылғы'],
  ['kk', 'жылы', 'жылы'],
  ['ru', ' года', ' года'],
  ['ru', ' год', ' год'],
  ['ru', ' году', ' году'],
  ['kk', ' ж.', ' ж.'],
  ['kk', 'ж.', 'ж.'],
  ['ru', ' г.', ' г.'],
];

describe('the point after a numeric date and its year word', () => {
  it.each(WORDS)('%s: "DATE%s" at the end of a sentence ends at "%s"', (lang, word, kept) => {
    const wrong = DATES.flatMap((date) => {
      const found = tagDates(
        `${lang === 'kk' ? 'Шешім' : 'Решение'} ${date}${word}${word.endsWith('.') ? '' : '.'} Келесі.`,
        {
          lang,
          dct: '2025-02-12',
        },
      ).map((t) => t.text);
      return JSON.stringify(found) === JSON.stringify([`${date}${kept}`]) ? [] : [[date, found]];
    });
    expect(wrong).toEqual([]);
  });
});
