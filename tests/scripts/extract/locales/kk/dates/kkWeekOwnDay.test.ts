import { describe, expect, it } from 'vitest';
import { tagDates } from '../../../../../../scripts/extract/dates/tagDates';

/*
 * A weekday in the possessive after a week in the genitive is that week's day: "келесі аптаның
 * сәрсенбісінде" (on next week's Wednesday), "өткен аптаның жұмасында". Generated over the week's
 * modifier, every weekday (Friday's "жұма" too) and the possessive's case endings. The DCT is a
 * Wednesday, 12 February 2025: that week runs from Monday the 10th to Sunday the 16th.
 */
const DCT = '2025-02-12';
const WEEKS: readonly [string, number][] = [
  ['келесі', 7],
  ['өткен', -7],
  ['осы', 0],
];
const DAYS: readonly [string, string, number][] = [
  ['дүйсенбі', 'сі', 1],
  ['сейсенбі', 'сі', 2],
  ['сәрсенбі', 'сі', 3],
  ['бейсенбі', 'сі', 4],
  ['жұма', 'сы', 5],
  ['сенбі', 'сі', 6],
  ['жексенбі', 'сі', 7],
];
const CASES: readonly [string, string][] = [
  ['', ''],
  ['нде', 'нда'],
  ['не', 'на'],
  ['нен', 'нан'],
];

const day = (offset: number) => {
  const d = new Date(Date.UTC(2025, 1, 12 + offset));
  return d.toISOString().slice(0, 10);
};

describe('Kazakh: a weekday of the week named in the genitive', () => {
  it.each(WEEKS)('"%s аптаның …" in every weekday and case', (week, shift) => {
    for (const [name, poss, iso] of DAYS)
      for (const [front, back] of CASES) {
        const form = `${name}${poss}${poss === 'сы' ? back : front}`;
        const text = `${week[0]!.toUpperCase()}${week.slice(1)} аптаның ${form} отырыс өтеді .`;
        const got = tagDates(text, { lang: 'kk', dct: DCT });
        expect(
          got.map((t) => [t.text, t.value]),
          text,
        ).toEqual([[`${text.split(' ')[0]} аптаның ${form}`, day(shift + iso - 3)]]);
      }
  });
  it('a week alone stays a week', () => {
    expect(tagDates('Келесі аптаның ішінде шешіледі .', { lang: 'kk', dct: DCT }).map((t) => t.value)).not.toContain('2025-02-19'); // prettier-ignore
  });
});
