/**
 * The day of a dateline that names no year ("Астана, 12 марта. …", "Орал, 8 сәуір. ҚазАқпарат –"),
 * in an article whose publication date is known: the latest day with that month and day on or
 * before the publication (its last day when the publication is a month, a year or an interval).
 * The dateline is the day the report was filed, so it is the article's date, as a dateline with
 * its year is (stages/sourcesMeta.ts: the text wins). A day more than a month before the
 * publication's first day is no filing day of that report: then there is none.
 * @example datelineDay('2025-03-14', '03-12') // '2025-03-12'
 */
import { isRealDay } from '../dates/utcCalendar';

const EDTF_DAY = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/u;
/** How long before its publication an agency's report may have been filed. */
const FILED_WITHIN_DAYS = 31;

export function datelineDay(published: string, monthDay: string): string | undefined {
  const [first = published, last = first] = published.split('/');
  const start = bound(first, 'start');
  const end = bound(last, 'end');
  if (!start || !end) return undefined;
  const [month, day] = monthDay.split('-').map(Number) as [number, number];
  let year = Number(end.slice(0, 4));
  if (`${year}-${monthDay}` > end) year--;
  // (29 February: the latest leap year.)
  for (let i = 0; i < 8 && !isRealDay({ year, month, day }); i++) year--;
  if (!isRealDay({ year, month, day })) return undefined;
  const found = `${year}-${monthDay}`;
  const before = (Date.parse(start) - Date.parse(found)) / 86_400_000;
  return before <= FILED_WITHIN_DAYS ? found : undefined;
}

/** The first or last day an EDTF date (or an interval's end) stands for, as YYYY-MM-DD. */
function bound(edtf: string, side: 'start' | 'end'): string | undefined {
  const m = EDTF_DAY.exec(edtf);
  if (!m) return undefined;
  const [, y, mo, d] = m;
  if (side === 'start') return `${y}-${mo ?? '01'}-${d ?? '01'}`;
  const month = mo ?? '12';
  const last = new Date(Date.UTC(Number(y), Number(month), 0)).getUTCDate();
  return `${y}-${month}-${d ?? String(last).padStart(2, '0')}`;
}
