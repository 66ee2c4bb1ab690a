import { describe, expect, it } from 'vitest';
import { toldSeason, toldSeasonEdtf } from '../../../../src/model/queries/toldSeason';

const SEASONS = [
  ['SP', '21'],
  ['SU', '22'],
  ['FA', '23'],
  ['WI', '24'],
] as const;
const YEARS = ['1991', '2022', '2026'];
const QUALIFIERS = ['', '?', '~', '%'];

describe('toldSeason', () => {
  it.each(
    SEASONS.flatMap(([timex, code]) =>
      YEARS.flatMap((y) => QUALIFIERS.map((q) => [`${y}${q}`, `${y}-${timex}`, code] as const)),
    ),
  )('a year %s told as %s is that season (%s)', (edtf, timex, code) => {
    expect(toldSeason({ edtf, timex })).toBe(code);
    expect(toldSeasonEdtf({ edtf, timex })).toBe(`${edtf}-${code}`);
  });

  it.each([
    ['2024', undefined, 'no timex'],
    ['2024', '2024', 'a bare year'],
    ['2024', '2023-SP', 'a season of another year'],
    ['2024-03', '2024-SP', 'a month, not the year'],
    ['2024-03-05', '2024-03-05', 'a day'],
    ['2024/2025', '2024-SP', 'an interval'],
    ['2024', '2024-Q1', 'a quarter'],
    ['2024', '2024-H1', 'a half'],
    ['2024', 'XXXX-SP', 'a year-less season'],
  ])('%s with timex %s (%s) has no told season and keeps its EDTF', (edtf, timex, _why) => {
    expect(toldSeason({ edtf, timex })).toBeUndefined();
    expect(toldSeasonEdtf({ edtf, timex })).toBe(edtf);
  });
});
