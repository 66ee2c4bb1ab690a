/**
 * A date in the attributive form before a vote ("2022 жылы 5 маусымдағы референдумнан кейін") is
 * the vote's: the law a chamber adopted after it is still told, though a passage cue of the same
 * kind ("Парламент … заң қабылдады") stands between the date and the law noun
 * (events/ownDate.ts). Sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndDays } from './extractSentences';

const DATES = ['2022 жылы 5 маусымдағы', '5 маусымдағы', '2022 жылғы', 'өткен жылғы'];
const VOTES: [string, string][] = [
  ['референдумнан', 'referendum'],
  ['сайлаудан', 'election'],
];
const ACTS = [
  'Парламент жаңа заң қабылдады',
  'Мәжіліс заң қабылдады',
  'Сенат жаңа кодексті қабылдады',
];

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const cases = DATES.flatMap((d) =>
  VOTES.flatMap(([vote, type]) =>
    ACTS.map((act): [string, string] => [capital(`${d} ${vote} кейін ${act}.`), type]),
  ),
);

describe('a law adopted after a dated vote', () => {
  it.each(cases)('%s: the %s and the law', (sentence, type) => {
    const kinds = kindsAndDays('kk', sentence, '2025-03-12').map((k) => k.split(' ')[0]);
    expect(kinds.sort()).toEqual([type, 'law'].sort());
  });
  it('the law is dated by the news day, not the vote’s', () => {
    expect(
      kindsAndDays(
        'kk',
        '2022 жылы 5 маусымдағы референдумнан кейін Парламент жаңа заң қабылдады.',
        '2025-03-12',
      ),
    ).toEqual(['referendum 2022-06-05', 'law 2025-03-12']);
  });
});
