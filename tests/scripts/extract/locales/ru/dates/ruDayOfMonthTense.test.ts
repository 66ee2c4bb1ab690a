/**
 * A day of a month the text does not name takes the nearest month its tense allows: "Заседание
 * пройдет 5-го числа" written on 12 March (a test sentence written for the check) was 5 March,
 * a past day told as ahead, and "прошло 25-го числа" was 25 March, a coming day told as done.
 * The month under way stays where the day agrees with the tense; "следующего месяца" still names
 * its month. Generated over days on either side of the publication day and both tenses.
 */
import { describe, expect, it } from 'vitest';
import { tagDates } from '../../../../../../scripts/extract/dates/tagDates';

const DCT = '2025-03-12';
const AHEAD = ['Заседание пройдет', 'Выплаты начнутся', 'Комиссия соберется'];
const DONE = ['Заседание прошло', 'Выплаты начались', 'Комиссия собралась'];
const pad = (n: number) => String(n).padStart(2, '0');

const cases = [5, 10, 12, 13, 25].flatMap((day) => [
  ...AHEAD.map((v) => [`${v} ${day}-го числа.`, day < 12 ? `2025-04-${pad(day)}` : `2025-03-${pad(day)}`]),
  ...DONE.map((v) => [`${v} ${day}-го числа.`, day > 12 ? `2025-02-${pad(day)}` : `2025-03-${pad(day)}`]),
]) as Array<[string, string]>; // prettier-ignore

describe('a day of an unnamed month', () => {
  it.each(cases)('%s → %s', (text, value) => {
    const [t] = tagDates(text, { lang: 'ru', dct: DCT });
    expect(t?.value).toBe(value);
  });

  it('keeps the month a modifier names', () => {
    const [t] = tagDates('Отчёт сдадут до 5-го числа следующего месяца.', { lang: 'ru', dct: DCT });
    expect(t?.value).toBe('2025-04-05');
  });
});
