import type { CalParts, Reading } from './reading';
import { isRealDay } from './utcCalendar';

/** Day and month name a real day: in the stated year, or in some year (a leap one) without one. */
function isPossibleDay(p: CalParts): boolean {
  if (p.day === undefined || p.month === undefined) return true;
  return isRealDay({ year: p.year ?? 2000, month: p.month, day: p.day });
}

/**
 * False for a calendar reading no calendar has: "30 февраля 2022 года", "31 сәуір", "29
 * ақпан 2023", or a range whose end is such a day. The tagger drops these rather than
 * writing an impossible value such as 2022-02-30.
 * @example isPossible({ kind: 'cal', parts: { year: 2022, month: 2, day: 30 } }) // false
 */
export function isPossible(r: Reading): boolean {
  if (r.kind !== 'cal') return true;
  if (!isPossibleDay(r.parts)) return false;
  return r.end === undefined || isPossibleDay({ ...r.parts, ...r.end });
}

/** TIMEX3 (and EDTF) years have four digits: a year outside 0000–9999 cannot be written. */
export function isWritableValue(value: string): boolean {
  return !/^(?:\d{5}|-)/u.test(value);
}
