/**
 * A vote's name in "X туралы заң" is the law's subject, no act the date before it sets: "Мәжіліс
 * 2019 жылы сайлау туралы заң қабылдады" is the law's year, as with "жаңа заң" or "митингілер
 * туралы заң". The verbal noun of an act still takes it ("сайлауды 15 наурызда өткізу туралы
 * Жарлық": the holding's day, not the decree's). Generated over the dates and the acts on such a
 * law or decree; sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndDays } from '../../../events/extractSentences';

const PUB = '2025-03-12';
const DATES = [
  ['2019 жылы', '2019'],
  ['5 наурызда', '2025-03-05'],
  ['2019 жылдың наурызында', '2019-03'],
  ['кеше', '2025-03-11'],
] as const;
const ACTS = [
  ['Мәжіліс', 'сайлау туралы заң қабылдады', 'law'],
  ['Сенат', 'сайлау туралы заңды мақұлдады', 'law'],
  ['Мемлекет басшысы', 'сайлау туралы заңға қол қойды', 'law'],
  ['Депутаттар', 'сайлау туралы заңға түзетулер енгізді', 'law'],
  ['Президент', 'сайлау туралы Жарлыққа қол қойды', 'decree'],
] as const;

describe('a vote named in "X туралы заң" takes no date from the act', () => {
  it.each(ACTS)('%s <date> %s', (who, act, kind) => {
    for (const [date, edtf] of DATES) {
      const s = `${who} ${date} ${act}.`;
      expect(kindsAndDays('kk', s, PUB), s).toContainEqual(`${kind} ${edtf}`);
    }
  });
  it('the verbal noun of an act still takes its date: "15 наурызда өткізу туралы Жарлық"', () => {
    const s = 'Президент сайлауды 15 наурызда өткізу туралы Жарлыққа қол қойды.';
    expect(kindsAndDays('kk', s, PUB)).not.toContainEqual(
      expect.stringMatching(/^decree \d{4}-03-15/u),
    );
  });
});
