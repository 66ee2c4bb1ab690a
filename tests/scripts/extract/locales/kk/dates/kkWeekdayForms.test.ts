import { describe, expect, it } from 'vitest';
import { tagDates } from '../../../../../../scripts/extract/dates/tagDates';

/*
 * Weekdays in their case forms are days; the -лік derivation makes a thing of them: "сенбілік"
 * (a day of voluntary work), "жексенбілік мектеп" (a Sunday school). Forms generated for every
 * weekday (all end in the front vowel і, so the suffixes take front variants after a vowel).
 */
const DCT = '2021-05-10';
const WEEKDAYS: readonly [string, number][] = [
  ['дүйсенбі', 1],
  ['сейсенбі', 2],
  ['сәрсенбі', 3],
  ['бейсенбі', 4],
  ['сенбі', 6],
  ['жексенбі', 7],
];
const CASES = ['', 'де', 'ге', 'ден', 'нің', 'ні', 'күні'];
const DERIVED = ['лік', 'лікке', 'лікте', 'ліктер', 'лігі', 'лікті', 'ліктің'];

const weekdayOf = (text: string) => tagDates(text, { lang: 'kk', dct: DCT }).map((t) => t.text);

describe('Kazakh weekdays and their -лік derivations', () => {
  it.each(WEEKDAYS)('"%s" in every case is tagged', (day) => {
    for (const c of CASES) {
      const form = c === 'күні' ? `${day} күні` : `${day}${c}`;
      expect(weekdayOf(`Жиын ${form} өтеді .`).join(' ')).toContain(day);
    }
  });
  it.each(WEEKDAYS)('"%sлік" in every case is not a day', (day) => {
    for (const d of DERIVED) expect(weekdayOf(`Қалада ${day}${d} өтті .`)).toEqual([]);
  });
});
