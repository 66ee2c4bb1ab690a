import { format, type Locale } from 'date-fns';
import type { TickKey } from './ticks';

// Short patterns: ticks sit ~72 px apart. 'LLL' is the standalone month (nominative in kk/ru).
const PATTERNS: Record<TickKey, string> = {
  year: 'yyyy',
  month: 'LLL',
  monthYear: 'LLL yyyy',
  day: 'd MMM',
  dayYear: 'd MMM yyyy',
};

// date-fns formats in the machine's zone; shift so the local fields equal the UTC fields.
function utcFieldsAsLocal(date: Date | number): Date {
  const d = new Date(date);
  return new Date(
    d.getUTCFullYear(),
    d.getUTCMonth(),
    d.getUTCDate(),
    d.getUTCHours(),
    d.getUTCMinutes(),
  );
}

/**
 * Formats a tick (a UTC instant) in the UI language; pass date-fns' `kk`, `ru` or `enUS` locale.
 * @example formatTick(Date.UTC(2022, 2, 1), 'month', kk) // 'нау'
 */
export function formatTick(date: Date | number, key: TickKey, locale: Locale): string {
  return format(utcFieldsAsLocal(date), PATTERNS[key], { locale });
}

/**
 * Formats an event's date for its accessible name and tooltip, at the event's precision
 * (a month event reads "наурыз 2022", not "1 наурыз 2022").
 */
export function formatEventDate(
  ms: number,
  precision: 'day' | 'month' | 'year' | 'other',
  locale: Locale,
): string {
  const pattern = precision === 'day' ? 'PP' : precision === 'month' ? 'LLLL yyyy' : 'yyyy';
  return format(utcFieldsAsLocal(ms), pattern, { locale });
}
