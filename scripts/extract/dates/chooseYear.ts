import type { CalParts, Season, YearPart } from './reading';
import { seasonMonths } from './season';
import { isRealDay, type Ymd } from './utcCalendar';

/** Month that stands for a season when comparing it with the DCT. */
const SEASON_MONTH: Record<Season, number> = { WI: 1, SP: 4, SU: 7, FA: 10 };
/** First and last month of a quarter or a half ("бірінші тоқсанда", "во втором полугодии"). */
const PART_MONTHS: Record<YearPart, [number, number]> = {
  Q1: [1, 3],
  Q2: [4, 6],
  Q3: [7, 9],
  Q4: [10, 12],
  H1: [1, 6],
  H2: [7, 12],
};

/** The month a quarter or half is compared by: told as past, it has begun; as future, it is not
 * over; else its middle. */
function partMonth(part: YearPart, direction?: 'future' | 'past'): number {
  const [first, last] = PART_MONTHS[part];
  if (direction === 'past') return first;
  return direction === 'future' ? last : Math.floor((first + last) / 2);
}

/**
 * Picks the year for a year-less date ("20 қарашада", "в марте") from the DCT: the latest year
 * not after the DCT for past-tense text, the earliest not before it for future-tense text, and
 * otherwise the year that puts the date closest to the DCT (news mostly reports the near past
 * and announces the near future).
 * @example chooseYear({ month: 11, day: 20 }, { year: 2022, month: 10, day: 20 }) // 2022
 */
export function chooseYear(
  parts: CalParts,
  dct: Ymd,
  direction?: 'future' | 'past',
  strict = false,
): number {
  if (strict && direction && parts.month === undefined && parts.season)
    return wholeSeasonYear(parts.season, dct, direction);
  const month =
    parts.month ??
    (parts.season
      ? SEASON_MONTH[parts.season]
      : parts.yearPart
        ? partMonth(parts.yearPart, direction)
        : dct.month);
  const hasDay = parts.day !== undefined && parts.month !== undefined;
  // Compare at the granularity the text gives: same month counts as "now" for a month name.
  const key = (y: number, m: number, d: number) => y * 400 + m * 32 + (hasDay ? d : 0);
  const now = key(dct.year, dct.month, hasDay ? dct.day : 0);
  // 29 February is a day of leap years only: the nearest of those, each way.
  const leapDay = month === 2 && parts.day === 29;
  const candidates = leapDay
    ? [-4, -3, -2, -1, 0, 1, 2, 3, 4]
        .map((k) => dct.year + k)
        .filter((year) => isRealDay({ year, month: 2, day: 29 }))
    : [dct.year - 1, dct.year, dct.year + 1];
  const fallback = leapDay ? candidates.find((y) => y >= dct.year)! : dct.year;
  const at = (y: number) => key(y, month, parts.day ?? 0);
  // (Strictly before or after: "өткен мамырда" written in May is last year's May.)
  if (direction === 'past') {
    return candidates.filter((y) => (strict ? at(y) < now : at(y) <= now)).pop() ?? fallback;
  }
  if (direction === 'future') {
    return candidates.find((y) => (strict ? at(y) > now : at(y) >= now)) ?? fallback;
  }
  let best = fallback;
  for (const y of candidates) if (Math.abs(at(y) - now) < Math.abs(at(best) - now)) best = y;
  return best;
}

/**
 * The year of a season with its own "last"/"next" ("прошлой весной", "келесі көктемде"): the
 * nearest one wholly before or after the DCT, since a season is a stretch of months. Written in
 * May, "прошлой весной" is last year's spring; written in March, "следующей весной" is next
 * year's. (A bare season keeps its middle month above: "весной пройдут" written in May is next
 * spring.)
 */
function wholeSeasonYear(season: Season, dct: Ymd, direction: 'future' | 'past'): number {
  const key = ([y, m]: [number, number]) => y * 12 + m;
  const now = key([dct.year, dct.month]);
  const spans = [dct.year - 1, dct.year, dct.year + 1, dct.year + 2].map((year) => {
    const [first, last] = seasonMonths(season, year);
    return { year, first: key(first), last: key(last) };
  });
  const fit =
    direction === 'past'
      ? spans.filter((s) => s.last < now).pop()
      : spans.find((s) => s.first > now);
  return fit?.year ?? dct.year;
}
