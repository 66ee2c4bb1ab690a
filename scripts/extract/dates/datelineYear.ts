/**
 * The year of a dateline that names only a day and month ("Шымкент. 24 ақпан. ҚазАқпарат –"),
 * from the article's own full dates and the tense that tells them: the article was written after
 * every day it tells as past ("2024 жылғы 6 қазанда өткен") and before every day it tells as ahead
 * ("2026 жылғы 15 наурызда өтетін"). The year is the latest that keeps the dateline's day before
 * the earliest day ahead and after the latest day past; with only past days, the first year after
 * them, when the latest lies in the weeks just before. With no tensed full date, days that
 * contradict each other, or only days long past, there is no year: the article stays without a
 * publication date rather than with a guessed one.
 * @example datelineYear('kk', text, timexes, '02-24') // '2026'
 */
import { fullDateTense } from './fullDateTense';
import type { Timex } from './timex';
import { namesDayIn } from './yearlessDate';

const FULL = /^(\d{4})-(\d{2}-\d{2})$/u;

export function datelineYear(
  lang: 'kk' | 'ru',
  text: string,
  timexes: readonly Pick<Timex, 'start' | 'end' | 'value' | 'anchor' | 'direction'>[],
  monthDay: string,
): string | undefined {
  let lo: number | undefined;
  let hi: number | undefined;
  let latestPast = '';
  const tell = (year: number, md: string, dir: 'past' | 'future' | undefined) => {
    // The first year whose dateline day is on or after this past day.
    if (dir === 'past') lo = Math.max(lo ?? -Infinity, monthDay >= md ? year : year + 1);
    if (dir === 'past' && `${year}-${md}` > latestPast) latestPast = `${year}-${md}`;
    // The last year whose dateline day is on or before this day ahead.
    if (dir === 'future') hi = Math.min(hi ?? Infinity, monthDay <= md ? year : year - 1);
  };
  const full = new Map<string, number>();
  for (const t of timexes) {
    const m = t.anchor === 'absolute' ? FULL.exec(t.value) : null;
    if (!m) continue;
    const [year, md] = [Number(m[1]), m[2]!];
    full.set(md, year);
    tell(year, md, fullDateTense(lang, text, t));
  }
  // The same day told again without its year and in a tense ("15 наурызда өтетін референдум"):
  // the tense is that full date's.
  for (const t of timexes) {
    const md = t.anchor === 'absolute' ? undefined : /-(\d{2}-\d{2})$/u.exec(t.value)?.[1];
    const year = md === undefined ? undefined : full.get(md);
    if (year !== undefined) tell(year, md!, t.direction);
  }
  if (hi !== undefined)
    return (lo === undefined || hi >= lo) && namesDayIn(`XXXX-${monthDay}`, hi)
      ? String(hi)
      : undefined;
  // Past days alone bound the year from below only: a day recalled from years before ("the visit
  // of September 2019") says nothing of how much later the article was written. Only news of the
  // last weeks before the dateline's day ("24 ноября … 3 декабря", dateline 19.12) fixes it.
  if (lo === undefined) return undefined;
  const days = (Date.parse(`${lo}-${monthDay}`) - Date.parse(latestPast)) / 86_400_000;
  return days >= 0 && days <= RECENT_DAYS && namesDayIn(`XXXX-${monthDay}`, lo)
    ? String(lo)
    : undefined;
}

/** How recent the latest past day must be for past days alone to fix the year. */
const RECENT_DAYS = 45;
