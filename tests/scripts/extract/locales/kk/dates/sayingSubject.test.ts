/**
 * A date before the subject of a verb of saying is the saying's when that subject is not the
 * reported verb's: "Мамыр айында олар жобаны бастаймыз деді" (published 12 March 2025) is May
 * 2024, when they said it; "бастаймыз" (we will start) has "біз" as its subject, not "олар". With
 * a pronoun of the reported verb's own person ("Мамыр айында біз жобаны бастаймыз деді") the date
 * stays inside what was said: the coming May. Generated over dates, pronouns, persons and verbs.
 * Sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { tagDates } from '../../../../../../scripts/extract/dates/tagDates';

const DCT = '2025-03-12';
const value = (text: string) => tagDates(text, { lang: 'kk', dct: DCT })[0]?.value;

const DATES = [
  ['Мамыр айында', '2024-05', '2025-05'],
  ['Мамырда', '2024-05', '2025-05'],
  ['20 мамырда', '2024-05-20', '2025-05-20'],
] as const;
/** A verb's stem before its person ending, in both vowel harmonies. */
const VERBS = [
  ['жобаны', 'бастай', 'мыз', 'мын'],
  ['жауап', 'бере', 'міз', 'мін'],
  ['сайлауды', 'өткізе', 'міз', 'мін'],
  ['орталықты', 'аша', 'мыз', 'мын'],
] as const;
/** The saying's subject and which of the reported verb's persons it is not. */
const OTHERS = [
  ['олар', 'pl'],
  ['ол', 'pl'],
  ['олар', 'sg'],
  ['ол', 'sg'],
  ['мен', 'pl'],
  ['біз', 'sg'],
] as const;

const said = (date: string, subject: string, verb: (typeof VERBS)[number], person: string) =>
  `${date} ${subject} ${verb[0]} ${verb[1]}${person === 'pl' ? verb[2] : verb[3]} деді.`;

describe('a date before the saying subject of another person is the saying', () => {
  it.each(
    DATES.flatMap(([date, past]) =>
      OTHERS.flatMap(([subject, person]) =>
        VERBS.map((v) => [said(date, subject, v, person), past]),
      ),
    ),
  )('%s → %s', (text, expected) => {
    expect(value(text)).toBe(expected);
  });
});

describe('a pronoun of the reported verb leaves the date in what was said', () => {
  it.each(
    DATES.flatMap(([date, , ahead]) =>
      (
        [
          ['біз', 'pl'],
          ['мен', 'sg'],
        ] as const
      ).flatMap(([subject, person]) => VERBS.map((v) => [said(date, subject, v, person), ahead])),
    ),
  )('%s → %s', (text, expected) => {
    expect(value(text)).toBe(expected);
  });
});
