/**
 * A year given to the noun and a day of that year in its clause date one act to the day: "өткен
 * жылғы Жолдау 2 қыркүйекте жарияланған" is the Address of 2 September 2024, not of "2024".
 * Generated over the year's wording, the noun and its verb; sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndDays } from './extractSentences';

const PUB = '2025-09-08';
const YEARS: readonly [string, string][] = [
  ['өткен жылғы', '2024'],
  ['былтырғы', '2024'],
  ['2023 жылғы', '2023'],
];
const ACTS: readonly [string, string, string][] = [
  ['Жолдау', '2 қыркүйекте жарияланған болатын', 'address'],
  ['сайлау', '19 наурызда өтті', 'election'],
  ['партия съезі', '15 қарашада өткен еді', 'congress'],
];
const DAY: Record<string, string> = { '2': '09-02', '19': '03-19', '15': '11-15' };

describe('a year given to the noun and a day in its clause', () => {
  it.each(YEARS)('"%s … <day>"', (year, yyyy) => {
    for (const [noun, rest, type] of ACTS) {
      const day = DAY[rest.split(' ')[0]!]!;
      const text = `Еске салайық, ${year} ${noun} ${rest}.`;
      expect(kindsAndDays('kk', text, PUB), text).toContain(`${type} ${yyyy}-${day}`);
    }
  });
});
