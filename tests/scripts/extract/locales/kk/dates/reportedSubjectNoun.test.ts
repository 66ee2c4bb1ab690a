/**
 * The year of a day a Kazakh verb of saying reports ("20 наурызда жиын өтетінін айтты") comes from
 * the reported participle's tense, not the saying's, when only the reported act's subject stands
 * between. Two words had been misread: a noun whose own stem ends in -ын/-ін ("жиын", a
 * gathering) as an accusative argument, which gives the date to the saying; and a noun the -лық
 * derivation makes of a month's name ("қазандықтар", boilers; "маусымдық", seasonal) as another
 * date in the clause. Sentences written for the test; published 12 March 2025.
 */
import { describe, expect, it } from 'vitest';
import { tagDates } from '../../../../../../scripts/extract/dates/tagDates';

const DCT = '2025-03-12';
const valueOf = (text: string) => tagDates(text, { lang: 'kk', dct: DCT })[0]?.value;

const SAYING = ['айтты', 'мәлімдеді', 'хабарлады', 'жеткізді', 'атап өтті'];
const SUBJECTS = [
  'жиын',
  'барлық қазандықтар',
  'маусымдық жұмыстар',
  'келесі жиын',
  'қоғамдық тыңдау',
];
// A day before the publication date in the year: the future reads next year's, the past this one's.
const DAYS = [
  ['5 наурызда', '03-05'],
  ['10 ақпанда', '02-10'],
  ['1 наурызға дейін', '03-01'],
] as const;
const AHEAD = ['өтетінін', 'аяқталатынын', 'басталатынын'];
const DONE = ['өткенін', 'аяқталғанын', 'басталғанын'];

const cases = (forms: string[], year: string) =>
  DAYS.flatMap(([day, md]) =>
    SUBJECTS.flatMap((subject) =>
      forms.flatMap((verb) =>
        SAYING.slice(0, 3).map((say) => [
          `Әкім ${day} ${subject} ${verb} ${say}.`,
          `${year}-${md}`,
        ]),
      ),
    ),
  );

describe('a day of the act reported, with its subject between', () => {
  it.each(cases(AHEAD, '2026'))('ahead: %s', (sentence, value) => {
    expect(valueOf(sentence)).toBe(value);
  });
  it.each(cases(DONE, '2025'))('done: %s', (sentence, value) => {
    expect(valueOf(sentence)).toBe(value);
  });
});

describe('an argument between still leaves the day to the saying', () => {
  it.each(SAYING.map((say) => `Әкім 5 наурызда отставкаға кететінін ${say}.`))('%s', (s) => {
    expect(valueOf(s)).toBe('2025-03-05');
  });
});
