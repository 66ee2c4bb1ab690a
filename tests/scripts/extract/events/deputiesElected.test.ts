/**
 * Deputies elected on a day the sentence gives tell the vote that chose them: "2023 жылғы 19
 * наурызда сайланған 32 депутат", "Мәжіліс депутаттары 2023 жылғы 19 наурызда … сайланған".
 * Without the day they date nothing. Generated over the phrases and the dates.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences as eventsOf } from './extractSentences';

const electionDates = (text: string) =>
  eventsOf('kk', text, '2024-03-19')
    .events.filter((e) => e.type === 'election')
    .map((e) => e.date.edtf);

const DATES: Array<[string, string]> = [
  ['2023 жылғы 19 наурызда', '2023-03-19'],
  ['2021 жылғы 10 қаңтарда', '2021-01-10'],
];
const PHRASES = [
  'Сессияда {D} сайланған 32 депутат мандаттарын алды.',
  'Мәжіліс депутаттары {D} аралас сайлау жүйесімен алғаш рет сайланған.',
  'Мәслихат депутаттары {D} бес жылға сайланды.',
  '{D} сайланған сенаторлар ант берді.',
];

describe('deputies elected on a day', () => {
  for (const [date, value] of DATES)
    for (const phrase of PHRASES) {
      const text = phrase.replace('{D}', date);
      it(`"${text}" tells an election of ${value}`, () => {
        expect(electionDates(text)).toContain(value);
      });
    }
  it('without the day, no election is placed', () => {
    expect(electionDates('Сессияда сайланған 32 депутат мандаттарын алды.')).toEqual([]);
  });
});
