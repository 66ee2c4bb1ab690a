import { describe, expect, it } from 'vitest';
import { tagDates } from '../../../../../../scripts/extract/dates/tagDates';

/*
 * A weekday told with its week is that week's day, in either order: "в среду на следующей неделе",
 * "на прошлой неделе в пятницу". Generated over the week's modifier and every weekday in the
 * accusative after "в"/"во". The DCT is a Wednesday, 12 February 2025: that week runs from Monday
 * the 10th to Sunday the 16th.
 */
const DCT = '2025-02-12';
const WEEKS: readonly [string, number][] = [
  ['следующей', 7],
  ['будущей', 7],
  ['прошлой', -7],
  ['этой', 0],
];
const DAYS: readonly [string, number][] = [
  ['в понедельник', 1],
  ['во вторник', 2],
  ['в среду', 3],
  ['в четверг', 4],
  ['в пятницу', 5],
  ['в субботу', 6],
  ['в воскресенье', 7],
];

const day = (offset: number) => new Date(Date.UTC(2025, 1, 12 + offset)).toISOString().slice(0, 10);
const values = (text: string) => tagDates(text, { lang: 'ru', dct: DCT }).map((t) => t.value);

describe('Russian: a weekday of the week named beside it', () => {
  it.each(WEEKS)('"… на %s неделе" after and before every weekday', (week, shift) => {
    for (const [onDay, iso] of DAYS) {
      const want = [day(shift + iso - 3)];
      expect(values(`Заседание пройдет ${onDay} на ${week} неделе.`), onDay).toEqual(want);
      expect(values(`На ${week} неделе ${onDay} пройдет заседание.`), onDay).toEqual(want);
    }
  });
  it('a weekday alone keeps its nearest day, a week alone its week', () => {
    expect(values('Заседание прошло в пятницу.')).toEqual(['2025-02-07']);
    expect(values('Заседание пройдет на следующей неделе.')).toEqual(['2025-W08']);
  });
});
