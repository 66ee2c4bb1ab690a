import { describe, expect, it } from 'vitest';
import {
  appositionDays,
  confirmedByDayWord,
} from '../../../../scripts/extract/dates/dayWordApposition';
import { namedEventAfter } from '../../../../scripts/extract/dates/namedPeriods';
import type { Timex } from '../../../../scripts/extract/dates/timex';

/** A day word counted from a publication of 6 March 2024, then the date it stands for. */
function apposition(word: string, date: string): { text: string; timexes: Timex[] } {
  const text = `${word}, ${date}, сессия ашылды.`;
  const at = word.length + 2;
  return {
    text,
    timexes: [
      { start: 0, end: word.length, text: word, type: 'DATE', value: '2024-03-05', granularity: 'day', anchor: 'dct' }, // prettier-ignore
      { start: at, end: at + date.length, text: date, type: 'DATE', value: '2024-03-04', granularity: 'day', anchor: 'dct' }, // prettier-ignore
    ],
  };
}

// The day words and the noun after a month named as an event are read in the text's language
// only (locales/<lang>/dates): a word of the other language is an ordinary word there.
describe('day words and event nouns are read in the text language', () => {
  it.each([
    ['kk', 'Кеше'],
    ['ru', 'Вчера'],
  ] as const)('%s: "%s, <date>" names the written date', (lang, word) => {
    const { text, timexes } = apposition(word, '4 наурызда');
    expect(appositionDays(lang, text, timexes)[0]!.value).toBe('2024-03-04');
  });

  it.each([
    ['ru', 'Кеше'],
    ['kk', 'Вчера'],
  ] as const)('%s: the other language\'s "%s" is no day word', (lang, word) => {
    const { text, timexes } = apposition(word, '4 наурызда');
    expect(appositionDays(lang, text, timexes)[0]!.value).toBe('2024-03-05');
    const [w, d] = timexes;
    expect(confirmedByDayWord(lang, text, w, { ...d!, value: w!.value })).toBe(false);
  });

  it('reads the event noun after a named month in Kazakh only', () => {
    const month = { anchor: 'context', granularity: 'month' } as const;
    expect(namedEventAfter('kk', ' оқиғасы құрбандары', month)).toBeGreaterThan(0);
    expect(namedEventAfter('ru', ' оқиғасы құрбандары', month)).toBe(0);
  });
});
