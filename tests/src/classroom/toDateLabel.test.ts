import { describe, expect, it } from 'vitest';
import { toDateLabel } from '../../../src/classroom/toDateLabel';

describe('toDateLabel', () => {
  it.each([
    ['2022-03-01', 'kk', '2022 ж. 1 наурыз'],
    ['2022-03-01', 'ru', '1 марта 2022'],
    ['2022-03-01', 'en', '1 March 2022'],
    ['2022-10', 'en', 'October 2022'],
    ['2026', 'ru', '2026'],
    ['2022-10-06/2022-11-19', 'en', '6 October 2022 – 19 November 2022'],
    ['2022-06-05/..', 'en', '5 June 2022 –'],
    ['garbage', 'en', 'garbage'],
  ])('toDateLabel(%s, %s) is %s in any time zone', (edtf, lang, label) => {
    expect(toDateLabel(edtf, lang)).toBe(label);
  });
});
