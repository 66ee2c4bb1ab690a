import type { Season } from './reading';
import { addDays, addMonths, formatYmd } from './utcCalendar';

/** The months of each season as the calendar of news counts them (winter spans the new year). */
const MONTHS: Record<Season, readonly number[]> = {
  WI: [12, 1, 2],
  SP: [3, 4, 5],
  SU: [6, 7, 8],
  FA: [9, 10, 11],
};

/** The season a timex value names after its year ("2020-SP"), if any. */
export function seasonOf(value: string): Season | undefined {
  const m = /^\d{4}-(SP|SU|FA|WI)$/u.exec(value);
  return m ? (m[1] as Season) : undefined;
}

/** Whether month `mm` ("05") falls in the season a value names: "Весной 2020-го … 2 мая". */
export function inSeason(value: string, mm: string): boolean {
  const season = seasonOf(value);
  return season !== undefined && MONTHS[season].includes(Number(mm));
}

/** The first month of a season's year as "YYYY-MM" (winter from January: the year it names). */
export function seasonStart(value: string): string {
  const season = seasonOf(value);
  const first = season === 'WI' ? 1 : season ? MONTHS[season][0]! : 1;
  return `${value.slice(0, 4)}-${String(first).padStart(2, '0')}`;
}

/** The year of the season under way in the DCT's month, if it is in one ("этой зимой" in December). */
export function seasonUnderWay(
  season: Season,
  dct: { year: number; month: number },
): number | undefined {
  const key = ([y, m]: [number, number]) => y * 12 + m;
  const now = key([dct.year, dct.month]);
  return [dct.year, dct.year + 1].find((year) => {
    const [first, last] = seasonMonths(season, year);
    return key(first) <= now && now <= key(last);
  });
}

/**
 * The first and last month of a year's season as [year, month] pairs: a season is a stretch of
 * months, so "этой весной" written in May is this spring, not the next one. Winter runs from the
 * December before the year it names through February.
 */
export function seasonMonths(season: Season, year: number): [[number, number], [number, number]] {
  if (season === 'WI')
    return [
      [year - 1, 12],
      [year, 2],
    ];
  const months = MONTHS[season];
  return [
    [year, months[0]!],
    [year, months[months.length - 1]!],
  ];
}

/**
 * The first and last day (ISO) of a season value ("2024-SP"), as seasonMonths counts its months
 * (winter from the December before the year it names).
 */
export function seasonDays(value: string): [string, string] | undefined {
  const season = seasonOf(value);
  if (!season) return undefined;
  const [[y1, m1], [y2, m2]] = seasonMonths(season, Number(value.slice(0, 4)));
  const after = addMonths(y2, m2, 1);
  const last = addDays({ ...after, day: 1 }, -1);
  return [formatYmd({ year: y1, month: m1, day: 1 }), formatYmd(last)];
}
