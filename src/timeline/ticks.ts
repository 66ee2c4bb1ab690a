import { utcDay, utcMonday, utcMonth, utcYear, type TimeInterval } from 'd3-time';
import { DAY_MS, type Domain } from './domain';

/** Which date-fns pattern a tick label uses (see formatTick). */
export type TickKey = 'year' | 'month' | 'day';
/** The granularity chosen for the zoom level. */
export type TickLevel = 'decade' | 'year' | 'month' | 'week' | 'day';

export interface Tick {
  /** UTC ms. */
  ms: number;
  key: TickKey;
  /** Starts a larger unit (a year among months, a month among days): draw it bolder. */
  major: boolean;
}

interface Candidate {
  level: TickLevel;
  key: TickKey;
  /** Approximate length of one step, to compare with the pixel budget. */
  ms: number;
  interval: TimeInterval;
}

const YEAR_MS = 365.25 * DAY_MS;
const MONTH_MS = YEAR_MS / 12;

// Finest first; the first whose step is wide enough in pixels wins.
const CANDIDATES: Candidate[] = [
  { level: 'day', key: 'day', ms: DAY_MS, interval: utcDay },
  { level: 'day', key: 'day', ms: 2 * DAY_MS, interval: utcDay.every(2)! },
  { level: 'week', key: 'day', ms: 7 * DAY_MS, interval: utcMonday },
  { level: 'month', key: 'month', ms: MONTH_MS, interval: utcMonth },
  { level: 'month', key: 'month', ms: 3 * MONTH_MS, interval: utcMonth.every(3)! },
  { level: 'year', key: 'year', ms: YEAR_MS, interval: utcYear },
  { level: 'year', key: 'year', ms: 2 * YEAR_MS, interval: utcYear.every(2)! },
  { level: 'year', key: 'year', ms: 5 * YEAR_MS, interval: utcYear.every(5)! },
  { level: 'decade', key: 'year', ms: 10 * YEAR_MS, interval: utcYear.every(10)! },
  { level: 'decade', key: 'year', ms: 50 * YEAR_MS, interval: utcYear.every(50)! },
];

/** Minimum pixels between ticks: room for a short label such as "наурыз" or "2022". */
export const MIN_TICK_SPACING_PX = 72;

/**
 * Picks the finest tick interval whose steps are at least minSpacingPx apart.
 * @example chooseTickLevel([Date.UTC(2020,0), Date.UTC(2030,0)], 800).level // 'year'
 */
export function chooseTickLevel(
  domain: Domain,
  widthPx: number,
  minSpacingPx = MIN_TICK_SPACING_PX,
): Candidate {
  const pxPerMs = widthPx / (domain[1] - domain[0]);
  for (const c of CANDIDATES) if (c.ms * pxPerMs >= minSpacingPx) return c;
  return CANDIDATES[CANDIDATES.length - 1]!;
}

function isMajor(ms: number, key: TickKey): TickKey | null {
  const d = new Date(ms);
  if (key !== 'year' && d.getUTCMonth() === 0 && d.getUTCDate() === 1) return 'year';
  if (key === 'day' && d.getUTCDate() === 1) return 'month';
  return null;
}

/**
 * Ticks for the visible domain, in UTC. A tick that starts a larger unit takes that unit's key,
 * so a month axis labels January with its year.
 * @example ticks([Date.UTC(2022,0), Date.UTC(2023,0)], 1000)[0] // { ms: Date.UTC(2022,0), key: 'year', major: true }
 */
export function ticks(domain: Domain, widthPx: number, minSpacingPx?: number): Tick[] {
  const c = chooseTickLevel(domain, widthPx, minSpacingPx);
  return c.interval.range(new Date(domain[0]), new Date(domain[1] + 1)).map((date) => {
    const ms = date.getTime();
    const major = isMajor(ms, c.key);
    return { ms, key: major ?? c.key, major: major !== null };
  });
}
