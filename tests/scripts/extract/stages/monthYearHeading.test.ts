/**
 * A month and its year on a line of their own, in either order and with or without a comma
 * between ("2022 жыл, маусым", "Маусым, 2022", "2022 год, июнь", "Июнь, 2022 г."), is a date
 * heading over a chronicle's entries, not the page's title. "Маусым, 2022" was read as the
 * title: the word-then-year shape took no comma after the month. Generated: every month × both
 * languages × both orders × the year word (none, the word, its abbreviation) × comma or not,
 * capitalised or not; some titles that are no dates stay titles. Written for the test.
 */
import { describe, expect, it } from 'vitest';
import { isDateHeading } from '../../../../scripts/extract/stages/dateHeading';
import { readHeader } from '../../../../scripts/extract/stages/header';
import { KK_MONTHS, RU_MONTHS_NOMINATIVE } from '../monthNames';

const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1);
const low = (s: string) => s.toLowerCase();

const LANGS = [
  { months: KK_MONTHS, yearWords: ['', ' жыл', ' ж.'] },
  { months: RU_MONTHS_NOMINATIVE, yearWords: ['', ' год', ' г.'] },
];

const headings: string[] = [];
for (const { months, yearWords } of LANGS)
  for (const month of months)
    for (const yw of yearWords)
      for (const comma of [',', '']) {
        headings.push(`2022${yw}${comma} ${low(month)}`);
        headings.push(`${cap(month)}${comma} 2022${yw}`);
      }

const BODY =
  'Мемлекет басшысы Жарлыққа қол қойды, құжат ресми жарияланды. Жарлық жарияланған күнінен бастап күшіне енеді.';

describe('a month and its year, either order, comma or not', () => {
  it.each(headings)('"%s" is a date heading', (line) => {
    expect(isDateHeading(line)).toBe(true);
  });
  it.each(headings.filter((h) => /,/u.test(h)))('"%s" is not the page title', (line) => {
    const lines = [line, '', BODY].map(
      (text, index) => ({ index, text, kind: text ? 'body' : 'blank' }) as never,
    );
    expect(readHeader(lines).header.title).not.toBe(line);
  });
  it.each(['Выборы, 2024', 'Сайлау, 2023', 'Парламент, 2026', 'Итоги, 2024', 'Kazinform, 2024'])(
    '"%s" is no date heading',
    (line) => expect(isDateHeading(line)).toBe(false),
  );
});
