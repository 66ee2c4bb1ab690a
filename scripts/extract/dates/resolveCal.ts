import type { TimexGranularity } from './timex';
import type { CalParts, Reading } from './reading';
import type { Resolved } from './resolveReading';
import { chooseYear } from './chooseYear';
import { seasonUnderWay } from './season';
import { addDays, formatYmd, isoWeekday, pad2, type Ymd } from './utcCalendar';

/** TIMEX3 value of calendar parts with the given year text (digits or XXXX). */
export function calValue(
  p: CalParts,
  year: string,
): { value: string; granularity: TimexGranularity } {
  if (p.century !== undefined) return { value: pad2(p.century), granularity: 'century' };
  if (p.decade !== undefined) return { value: String(p.decade), granularity: 'decade' };
  if (p.season) return { value: `${year}-${p.season}`, granularity: 'season' };
  // A half or a quarter: the TIMEX3 value names it; an event dated by it keeps only the year.
  if (p.yearPart) return { value: `${year}-${p.yearPart}`, granularity: 'year' };
  if (p.month === undefined) return { value: year, granularity: 'year' };
  if (p.day === undefined) return { value: `${year}-${pad2(p.month)}`, granularity: 'month' };
  const day = `${year}-${pad2(p.month)}-${pad2(p.day)}`;
  if (p.hour === undefined) return { value: day, granularity: 'day' };
  return { value: `${day}T${pad2(p.hour)}:${pad2(p.minute ?? 0)}`, granularity: 'time' };
}

/**
 * The weekday nearest the DCT: the coming one for future text, else the latest one. A weekday with
 * its own "last"/"next" ("в прошлую пятницу", "келесі дүйсенбіде") is never the DCT's own day.
 */
function resolveWeekday(
  weekday: number,
  dct: Ymd | undefined,
  direction?: 'future' | 'past',
  strict = false,
): string {
  if (!dct) return `XXXX-WXX-${weekday}`;
  const diff = weekday - isoWeekday(dct);
  let days = direction === 'future' ? (diff + 7) % 7 : -((-diff + 7) % 7);
  if (strict && days === 0) days = direction === 'future' ? 7 : -7;
  return formatYmd(addDays(dct, days));
}

/**
 * Resolves a calendar reading: written parts stay as written, a missing year comes from the DCT
 * (chooseYear), a clock time alone happens on the DCT day.
 * @example resolveCal({ kind: 'cal', parts: { month: 4 } }, { year: 2022, month: 3, day: 1 }).value // '2022-04'
 */
export function resolveCal(
  r: Extract<Reading, { kind: 'cal' }>,
  dct?: Ymd,
  tense?: 'future' | 'past',
): Resolved {
  const p = r.parts;
  const dir = r.dir ?? tense;
  const anchorIfNeeded = dct ? 'dct' : 'none';
  if (p.weekday !== undefined && p.month === undefined && p.year === undefined) {
    return {
      type: 'DATE',
      value: resolveWeekday(p.weekday, dct, dir, r.dir !== undefined),
      granularity: 'day',
      anchor: anchorIfNeeded,
    };
  }
  if (p.hour !== undefined && p.month === undefined) {
    const value = `${dct ? formatYmd(dct) : 'XXXX-XX-XX'}T${pad2(p.hour)}:${pad2(p.minute ?? 0)}`;
    return { type: 'TIME', value, granularity: 'time', anchor: anchorIfNeeded };
  }
  const needsYear = p.year === undefined && p.decade === undefined && p.century === undefined;
  // ("этой зимой" written in December is the winter begun, whatever the tense; out of it, the
  // tense tells the last winter from the next.)
  const underWay = r.current && p.season && dct ? seasonUnderWay(p.season, dct) : undefined;
  // ("с октября по январь проходил": a span told as past ends by the publication day, so its
  // end month's year is chosen and the start is the year before.)
  const crossesPast = dir === 'past' && r.end?.month !== undefined && r.end.month < (p.month ?? 0);
  const year = !needsYear
    ? String(p.year)
    : dct
      ? String(
          underWay ??
            (crossesPast
              ? chooseYear({ ...p, ...r.end }, dct, dir, r.strict === true) - 1
              : chooseYear(p, dct, dir, r.strict === true)),
        )
      : 'XXXX';
  const { value, granularity } = calValue(p, year);
  const out: Resolved = {
    type: granularity === 'time' ? 'TIME' : 'DATE',
    value,
    granularity,
    anchor: needsYear ? anchorIfNeeded : 'absolute',
  };
  if (r.end) {
    // "в октябре-январе": an end month before the start month is in the next year.
    const crosses = r.end.month !== undefined && p.month !== undefined && r.end.month < p.month;
    const endYear =
      r.end.year !== undefined
        ? String(r.end.year)
        : crosses && year !== 'XXXX'
          ? String(Number(year) + 1)
          : year;
    out.endValue = calValue({ ...p, ...r.end }, endYear).value;
  }
  if (r.mod) out.mod = r.mod;
  return out;
}
