/**
 * Kazakh writes months in lower case: after a year, a month name that is also a name ("Қазан",
 * the city of Kazan) written with a capital inside a sentence is that name, in every case form;
 * in lower case it is the month. Forms generated for the test.
 */
import { describe, expect, it } from 'vitest';
import { tagDates } from '../../../../../../scripts/extract/dates/tagDates';

const tagged = (text: string) =>
  tagDates(text, { lang: 'kk', dct: '2024-05-01' }).map((t) => [t.text, t.value]);

describe('a capitalised month-name after a year', () => {
  const forms = ['да', 'ға', 'нан', 'дағы'];
  it.each(forms)('"2024 жылы Қазан%s" is Kazan; "қазан%s" October', (ending) => {
    expect(tagged(`Саммит 2024 жылы Қазан${ending} өтті.`)).toEqual([['2024 жылы', '2024']]);
    // (A month after "жылы" is a second adverbial, "қазанға" only before a limit: kkYearThenMonth.)
    const month = tagged(`Саммит 2024 жылы қазан${ending} дейін өтті.`).at(-1);
    expect(month?.[1]).toBe('2024-10');
  });

  it('a month with no second meaning keeps its capital as a month ("2024 жылы Қыркүйекте")', () => {
    expect(tagged('Саммит 2024 жылы Қыркүйекте өтті.')).toEqual([
      ['2024 жылы', '2024'],
      ['Қыркүйекте', '2024-09'],
    ]);
  });
});
