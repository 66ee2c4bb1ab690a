import type { Timex, TimexGranularity } from './timex';
import type { CalParts, Reading, Unit } from './reading';
import { calValue, resolveCal } from './resolveCal';
import { addDays, addMonths, formatYmd, isoWeek, isoWeekday, pad2, type Ymd } from './utcCalendar';

export type Resolved = Pick<
  Timex,
  'type' | 'value' | 'granularity' | 'anchor' | 'endValue' | 'mod'
>;

const UNIT_GRANULARITY: Record<Unit, TimexGranularity> = {
  Y: 'year',
  M: 'month',
  W: 'week',
  WE: 'week',
  D: 'day',
  H: 'time',
  MIN: 'time',
  C: 'century',
  Q: 'month',
};

/** TIMEX3 duration text: P5Y, P3M, PT2H; undefined amount ("бірнеше жыл") gives PXY. */
function durationValue(unit: Unit, amount: number | undefined): string {
  const n = amount === undefined ? 'X' : String(amount);
  if (unit === 'H' || unit === 'MIN') return `PT${n}${unit === 'H' ? 'H' : 'M'}`;
  if (unit === 'C') return amount === undefined ? 'PXE' : `P${amount * 100}Y`;
  if (unit === 'Q') return amount === undefined ? 'PXQ' : `P${amount * 3}M`;
  return `P${n}${unit}`;
}

/** The date `offset` units from the DCT, narrowed by `then` ("өткен жылдың көктемінде"). */
function resolveOffset(unit: Unit, offset: number, dct: Ymd, then?: CalParts): string {
  // "жарты жыл бұрын", "1,5 жыл бұрын": a fraction of a year is counted in months.
  if (unit === 'Y' && !Number.isInteger(offset) && Number.isInteger(offset * 12))
    return resolveOffset('M', offset * 12, dct, then);
  if (unit === 'D') return formatYmd(addDays(dct, offset));
  if (unit === 'W' || unit === 'WE') {
    // The last weekend is the one of the week before (on a Saturday too: "минувшие выходные"
    // are not the ones under way); this weekend is the current week's.
    // ("келесі аптаның сәрсенбісінде": that week's Wednesday.)
    if (unit === 'W' && then?.weekday !== undefined) {
      const day = addDays(dct, offset * 7 + then.weekday - isoWeekday(dct));
      return formatYmd(day);
    }
    const w = isoWeek(addDays(dct, offset * 7));
    return `${w.year}-W${pad2(w.week)}${unit === 'WE' ? '-WE' : ''}`;
  }
  if (unit === 'M') {
    const m = addMonths(dct.year, dct.month, offset);
    return `${m.year}-${pad2(m.month)}${then?.day !== undefined ? `-${pad2(then.day)}` : ''}`;
  }
  if (unit === 'Q') {
    const q = addMonths(dct.year, dct.month, offset * 3);
    return `${q.year}-Q${Math.floor((q.month - 1) / 3) + 1}`;
  }
  if (unit === 'C') {
    const century = String(Math.floor(dct.year / 100) + offset);
    return then?.decadeOfCentury !== undefined ? `${century}${then.decadeOfCentury}` : century;
  }
  return calValue(then ?? {}, String(dct.year + offset)).value;
}

/**
 * Turns a reading into a TIMEX3 value, using the DCT (UTC calendar day) where the text leaves
 * parts out. Without a DCT, year-less dates keep X placeholders and relative ones become *_REF.
 * @example resolveReading({ kind: 'rel', unit: 'Y', offset: -1 }, { year: 2022, month: 3, day: 1 }).value // '2021'
 */
export function resolveReading(r: Reading, dct?: Ymd, direction?: 'future' | 'past'): Resolved {
  const mod = 'mod' in r && r.mod ? { mod: r.mod } : {};
  switch (r.kind) {
    case 'cal':
      return resolveCal(r, dct, direction);
    case 'ref':
      return {
        type: 'DATE',
        value: r.ref,
        granularity: 'ref',
        anchor: dct ? 'dct' : 'none',
        ...mod,
      };
    case 'set':
      return {
        type: 'SET',
        value: durationValue(r.unit, 1),
        granularity: 'set',
        anchor: 'absolute',
      };
    case 'dur': {
      const out: Resolved = {
        type: 'DURATION',
        value: durationValue(r.unit, r.amount),
        granularity: 'duration',
        anchor: 'absolute',
        ...mod,
      };
      if (r.endAmount !== undefined) out.endValue = durationValue(r.unit, r.endAmount);
      return out;
    }
    case 'rel':
    case 'shift': {
      const offset =
        r.kind === 'rel'
          ? r.offset + monthShift(r, dct, direction)
          : r.amount === undefined
            ? undefined
            : r.amount * r.direction;
      const sign = r.kind === 'rel' ? Math.sign(r.offset) : r.direction;
      const granularity =
        r.kind === 'rel' && r.then?.decadeOfCentury !== undefined
          ? 'decade'
          : // (A week's weekday, a month's day: "келесі аптаның сәрсенбісі", "өткен айдың 5-і".)
            r.kind === 'rel' &&
              (r.then?.weekday !== undefined || (r.unit === 'M' && r.then?.day !== undefined))
            ? 'day'
            : r.kind === 'rel' && r.then
              ? calValue(r.then, 'X').granularity
              : UNIT_GRANULARITY[r.unit];
      // "өткен жылдың қыркүйегінде" with no publication date: the month stays, the year is unknown,
      // and it is counted from the missing publication date (anchor dct), so no year another
      // sentence states fills it: that year would be this one, not the last.
      if (!dct && r.kind === 'rel' && r.unit === 'Y' && r.then?.month !== undefined)
        return {
          type: 'DATE',
          value: `XXXX-${pad2(r.then.month)}${r.then.day !== undefined ? `-${pad2(r.then.day)}` : ''}`,
          granularity: r.then.day !== undefined ? 'day' : 'month',
          anchor: 'dct',
          ...mod,
        };
      // ("бір жарым ай бұрын": a fraction of a month or week names no day: it stays vague.)
      const whole =
        offset !== undefined &&
        (Number.isInteger(offset) || (r.unit === 'Y' && Number.isInteger(offset * 12)));
      // ("5000 жыл бұрын", "екі мың жыл бұрын": before year 1000 no four-digit year is told.)
      const early =
        dct !== undefined && offset !== undefined && r.unit === 'Y' && dct.year + offset < 1000;
      if (!dct || !whole || early || r.unit === 'H' || r.unit === 'MIN') {
        const ref = sign < 0 ? 'PAST_REF' : sign > 0 ? 'FUTURE_REF' : 'PRESENT_REF';
        return {
          type: 'DATE',
          value: ref,
          granularity: 'ref',
          anchor: dct ? 'dct' : 'none',
          ...mod,
        };
      }
      const then = r.kind === 'rel' ? r.then : undefined;
      return {
        type: 'DATE',
        value: resolveOffset(r.unit, offset, dct, then),
        granularity: Number.isInteger(offset) ? granularity : 'month',
        anchor: 'dct',
        ...mod,
      };
    }
  }
}

/**
 * "Заседание пройдет 5-го числа" written on the 12th is the 5th of next month; "прошло 25-го
 * числа", of last month: a day of an unnamed month is the nearest one the tense allows.
 */
function monthShift(
  r: Extract<Reading, { kind: 'rel' }>,
  dct: Ymd | undefined,
  direction: 'future' | 'past' | undefined,
): number {
  const day = r.then?.day;
  if (!r.monthByTense || !dct || day === undefined || r.offset !== 0) return 0;
  if (direction === 'past' && day > dct.day) return -1;
  if (direction === 'future' && day < dct.day) return 1;
  return 0;
}
