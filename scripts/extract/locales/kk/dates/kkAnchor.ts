import { findKkStem, isKkForm } from './kkForm';
import { KK_DAY_AFTER_TOMORROW, KK_MONTHS, KK_SEASONS, KK_UNITS, KK_WEEKDAYS } from './kkLexicon';

/** Deictic stems: бүгін (today), ертең (tomorrow), биыл (this year), былтыр (last year); ертесі
 * (the next day of a story, counted from the day told before: dates/nextDay.ts). */
const DEICTIC = ['бүгін', 'ертең', 'ертесі', 'биыл', 'былтыр', ...KK_DAY_AFTER_TOMORROW];
/** "кеше" (yesterday) also starts "кешен" (complex): only these forms; "күнделікті" (daily);
 * "қысқа" (to winter, also "short"), read only after "алдағы"/"келесі". */
const LISTED = new Set(['кеше', 'кешегі', 'кешеден', 'кешеге', 'күнделікті', 'жасар', 'қысқа']);

/**
 * Stems every Kazakh date expression has a word of (or else a digit): months, units, seasons,
 * weekdays, deictic words, "мың" (thousand), which years in words contain, and "жартыжылдық"
 * (half-year). The taggers only run near such words (findRegions), so a new kind of expression
 * must add its stem here.
 */
export const KK_ANCHOR_STEMS: readonly string[] = [
  ...KK_MONTHS.keys(),
  ...KK_UNITS.keys(),
  ...KK_WEEKDAYS.keys(),
  ...['көктем', 'жаз', 'күз', 'қыс'],
  ...DEICTIC,
  ...['кеше', 'мың', 'демалыс', 'жартыжылд'],
];

/**
 * True for a word that can anchor a date; a superset of what the taggers read (forms of the
 * stems, not their exact rules), since a missed anchor would lose a date.
 * @example isKkAnchor('наурызда') // true
 * @example isKkAnchor('айтты') // false
 */
export function isKkAnchor(low: string): boolean {
  return (
    LISTED.has(low) ||
    KK_SEASONS.has(low) ||
    low.startsWith('мың') ||
    low.startsWith('демалыс') ||
    low.startsWith('жартыжылд') ||
    findKkStem(low, KK_MONTHS) !== undefined ||
    findKkStem(low, KK_UNITS) !== undefined ||
    findKkStem(low, KK_WEEKDAYS) !== undefined ||
    DEICTIC.some((s) => isKkForm(low, s))
  );
}
