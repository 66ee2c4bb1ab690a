/**
 * Calendar arithmetic in UTC on plain {year, month, day} triples, so that the host time zone
 * can never move a date (tests pin a DST zone to catch leaks).
 */
export interface Ymd {
  year: number;
  month: number;
  day: number;
}

const DCT = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/;

/**
 * Parses a DCT string; throws on anything but YYYY-MM-DD[THH:mm] that names a real day.
 * @example parseDct('2022-03-01') // { year: 2022, month: 3, day: 1 }
 */
export function parseDct(dct: string): Ymd {
  const m = DCT.exec(dct);
  if (!m) throw new Error(`DCT must be YYYY-MM-DD or YYYY-MM-DDTHH:mm, got "${dct}"`);
  const ymd = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  if (!isRealDay(ymd)) throw new Error(`DCT is not a calendar day: "${dct}"`);
  return ymd;
}

export function isRealDay({ year, month, day }: Ymd): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/** Days since 1970-01-01 (UTC). */
export function toDayNumber({ year, month, day }: Ymd): number {
  return Date.UTC(year, month - 1, day) / 86_400_000;
}

export function fromDayNumber(n: number): Ymd {
  const d = new Date(n * 86_400_000);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function addDays(ymd: Ymd, days: number): Ymd {
  return fromDayNumber(toDayNumber(ymd) + days);
}

/** Shifts by whole months; returns only year and month (day would be ambiguous). */
export function addMonths(
  year: number,
  month: number,
  months: number,
): { year: number; month: number } {
  const idx = year * 12 + (month - 1) + months;
  return { year: Math.floor(idx / 12), month: (idx % 12) + 1 };
}

/** ISO weekday: Monday = 1 … Sunday = 7. */
export function isoWeekday(ymd: Ymd): number {
  return ((((toDayNumber(ymd) + 3) % 7) + 7) % 7) + 1;
}

/** ISO-8601 week, e.g. { year: 2022, week: 9 } for 2022-03-01. */
export function isoWeek(ymd: Ymd): { year: number; week: number } {
  const thursday = addDays(ymd, 4 - isoWeekday(ymd));
  const jan1 = { year: thursday.year, month: 1, day: 1 };
  return {
    year: thursday.year,
    week: Math.floor((toDayNumber(thursday) - toDayNumber(jan1)) / 7) + 1,
  };
}

export const pad2 = (n: number): string => String(n).padStart(2, '0');

export function formatYmd({ year, month, day }: Ymd): string {
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

/** The Monday of ISO week `week` of `year` (4 January is always in week 1). */
export function mondayOfWeek(year: number, week: number): Ymd {
  const jan4 = { year, month: 1, day: 4 };
  return addDays(jan4, 1 - isoWeekday(jan4) + (week - 1) * 7);
}
