import { describe, expect, it } from 'vitest';
import { tagDates } from '../../../../../../scripts/extract/dates/tagDates';

/*
 * A decimal count of time, "1,5 жыл" (and "1 , 5 жыл" as transcripts space the comma), is one
 * amount: the tagger read only the digit after the comma ("5 жыл") or, glued, nothing. Every
 * unit in the case forms a count takes, written both ways.
 */
const DCT = '2022-03-01';

/** Units with the case forms used after a count, and their TIMEX3 letters. */
const UNITS: readonly [string[], string][] = [
  [['жыл', 'жылға', 'жылда', 'жылдан', 'жылдың'], 'Y'],
  [['ай', 'айға', 'айда', 'айдан', 'айдың'], 'M'],
  [['апта', 'аптаға', 'аптада', 'аптадан'], 'W'],
  [['күн', 'күнге', 'күнде', 'күннен'], 'D'],
  [['сағат', 'сағатқа', 'сағатта', 'сағаттан'], 'H'],
];

const durations = (amount: string) =>
  UNITS.flatMap(([forms, unit]) =>
    forms.map((form) => ({
      text: `${amount} ${form}`,
      value:
        unit === 'H'
          ? `PT${amount.replace(/\s*,\s*/u, '.')}H`
          : `P${amount.replace(/\s*,\s*/u, '.')}${unit}`,
    })),
  );

function misses(phrases: readonly { text: string; value: string }[]): string[] {
  return phrases.flatMap(({ text, value }) => {
    const found = tagDates(`Жұмыс ${text} созылды .`, { lang: 'kk', dct: DCT });
    const ok = found.length === 1 && found[0]!.text === text && found[0]!.value === value;
    return ok ? [] : [`${text} → ${found.map((f) => `[${f.text}] ${f.value}`).join(' ')}`];
  });
}

describe('Kazakh decimal amounts of time', () => {
  it.each(['1,5', '2 , 5', '0,5', '12 , 5'])('"%s" + every unit and case is one duration', (n) => {
    expect(misses(durations(n))).toEqual([]);
  });

  it('shifts by a decimal count of years in months: "1,5 жыл бұрын"', () => {
    const found = tagDates('Ол 1 , 5 жыл бұрын келді .', { lang: 'kk', dct: DCT });
    expect(found.map((f) => `${f.text}=${f.value}`)).toEqual(['1 , 5 жыл бұрын=2020-09']);
  });

  it('leaves lists of years and days apart', () => {
    const tagged = (text: string) => tagDates(text, { lang: 'kk', dct: DCT }).map((f) => f.text);
    expect(tagged('2020 , 2021 жылдары')).toEqual(['2020', '2021 жылдары']);
    expect(tagged('Бағасы 2 , 5 миллион теңге')).toEqual([]);
  });
});
