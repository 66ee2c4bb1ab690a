import { describe, expect, it } from 'vitest';
import { tagDates } from '../../../../../../scripts/extract/dates/tagDates';

/*
 * After a number the size of a year, some forms of "жыл" count years instead of naming one: the
 * -лық adjective in every case ("2000 жылдық тарих"), the bare noun before "бұрын" ("5000 жыл
 * бұрын"), the ablative before "астам"; the anniversary "жылдығы" is left out, as every
 * anniversary is. The same numbers with a year's own forms stay years.
 */
const DCT = '2021-05-10';
const tagged = (text: string) =>
  tagDates(text, { lang: 'kk', dct: DCT }).map((t) => `${t.text}=${t.type}:${t.value}`);

const NUMBERS: readonly [string, number][] = [
  ['1500', 1500],
  ['2000', 2000],
  ['2500', 2500],
  ['екі мың', 2000],
  ['бес мың', 5000],
];
/** "жылдық" (back vowels, voiceless end: қ softens to ғ before a vowel) in its case forms. */
const ADJECTIVE_FORMS = ['жылдық', 'жылдықта', 'жылдыққа', 'жылдықтан', 'жылдықтың', 'жылдықпен'];
const ANNIVERSARY_FORMS = ['жылдығы', 'жылдығына', 'жылдығын', 'жылдығында', 'жылдығының'];

describe('Kazakh: a count of years the size of a year', () => {
  it.each(NUMBERS)('"%s жылдық" in every case is a duration', (n, value) => {
    for (const form of ADJECTIVE_FORMS)
      expect(tagged(`Қаланың ${n} ${form} тарихы бар .`)).toEqual([
        `${n} ${form}=DURATION:P${value}Y`,
      ]);
  });
  it.each(NUMBERS)('"%s жыл бұрын" is a vague past, not a year', (n) => {
    expect(tagged(`Бұл ${n} жыл бұрын болған .`)).toEqual([`${n} жыл бұрын=DATE:PAST_REF`]);
  });
  it.each(NUMBERS)('"%s жылдан астам" is more than a count of years', (n, value) => {
    expect(tagged(`Бұл ${n} жылдан астам уақыт бұрын болған .`)).toContain(
      `${n} жылдан астам=DURATION:P${value}Y`,
    );
  });
  it.each(NUMBERS)('"%s жылдығы" (anniversary) is no date in any case', (n) => {
    for (const form of ANNIVERSARY_FORMS)
      expect(tagged(`Қаланың ${n} ${form} тойланды .`)).toEqual([]);
  });
});

describe("Kazakh: the same numbers with a year's forms stay years", () => {
  it.each([
    ['2000 жылы ол туды .', '2000 жылы=DATE:2000'],
    ['2000 жылдан бастап өсті .', '2000 жылдан=DATE:2000'],
    ['2020 жылдан бұрын салынды .', '2020 жылдан бұрын=DATE:2020'],
    ['2020 жыл бойы өсті .', '2020 жыл бойы=DATE:2020'],
    ['Екі мыңыншы жылы ол туды .', 'Екі мыңыншы жылы=DATE:2000'],
    ['1500 жылғы шайқас', '1500 жылғы=DATE:1500'],
  ])('%s', (text, expected) => expect(tagged(text)).toEqual([expected]));
});
