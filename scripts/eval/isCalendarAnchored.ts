import { KK_MONTHS, KK_NUMBERS } from '../extract/locales/kk/dates/kkLexicon';

const MONTH_STEMS = [...KK_MONTHS.keys()].map((s) => s.toLowerCase());

/**
 * The evaluation's "calendar-anchored" DATE spans: those naming a month, a year in digits
 * (a 4-digit number) or in words (a number phrase with "мың" thousand), or a numeric date.
 * Spans such as "биыл" or "5 жылға" are left to the all-DATE figure.
 * @example isCalendarAnchored('2020-сыншы жылы') // true
 * @example isCalendarAnchored('өткен жылы') // false
 */
export function isCalendarAnchored(span: string): boolean {
  const low = span.toLowerCase();
  if (/(?<!\p{N})(?:1[89]|20)\d\d(?!\p{N})/u.test(low)) return true;
  if (/\d{1,2}[./]\d{1,2}[./]\d{2,4}/u.test(low)) return true;
  const words = low.match(/[\p{L}\p{M}]+/gu) ?? [];
  if (words.some((w) => MONTH_STEMS.some((m) => w.startsWith(m) && !w.startsWith('қазақ'))))
    return true;
  return (
    words.some((w) => w.startsWith('мың')) &&
    words.some((w) => KK_NUMBERS.has(w) || w.startsWith('жыл'))
  );
}
