/**
 * The lead's day as the day of the article's news: a report tells what happened "yesterday" or
 * on a weekday just past, and its later sentences narrate that same sitting or visit without
 * naming the day again ("Семей қаласында кеше … сессиясы өтті. … хатшысы болып … сайланды").
 */
import type { EventDate } from '../../../src/model/schema';
import { parseDct, toDayNumber } from '../dates/utcCalendar';
import type { DocumentDate } from '../stages/documentDate';

/** How far before publication a report's day may lie: a weekly paper tells last week's news. */
export const REPORT_DAYS = 7;

export function isNewsDay(date: EventDate | undefined, dct: DocumentDate | undefined): boolean {
  if (!date || !dct || dct.precision !== 'day' || date.precision !== 'day') return false;
  if (!/^\d{4}-\d{2}-\d{2}$/u.test(date.edtf)) return false;
  const before = toDayNumber(parseDct(dct.from)) - toDayNumber(parseDct(date.edtf));
  // (The publication day itself is already what undated news takes.)
  return before > 0 && before <= REPORT_DAYS;
}

/** Whether `date` is the publication day itself ("сегодня", "бүгін", or the news it narrates). */
export function isPublicationDay(
  date: EventDate | undefined,
  dct: DocumentDate | undefined,
): boolean {
  return !!date && dct?.precision === 'day' && date.precision === 'day' && date.edtf === dct.edtf;
}
