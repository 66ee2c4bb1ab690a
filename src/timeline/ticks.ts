import { utcDay, utcMonday, utcMonth, utcYear, type TimeInterval } from 'd3-time';
import { DAY_MS, type Domain } from './domain';

/** Which date-fns pattern a tick label uses (see formatTick). */
export type TickKey = 'year' | 'month' | 'monthYear' | 'day' | 'dayYear';
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

/**
 * Ticks for a domain drawn through a time warp (see TimeWarp). Each stretch between compressed
 * gaps gets its own level, from its own pixels per ms (a widened stretch shows months where the
 * rest shows quarters); no tick falls inside a gap; the first tick of each stretch says its
 * year; a tick closer than minSpacingPx to the one before it is dropped.
 * @example warpedTicks(domain, 1000, 72, createTimeWarp(ranges))
 */
export function warpedTicks(
  domain: Domain,
  widthPx: number,
  minSpacingPx: number,
  warp: { toWarped(ms: number): number; gaps: readonly { start: number; end: number }[] },
): Tick[] {
  const w0 = warp.toWarped(domain[0]);
  const w1 = warp.toWarped(domain[1]);
  const x = (ms: number) => ((warp.toWarped(ms) - w0) / (w1 - w0)) * widthPx;
  const edges = [domain[0]];
  for (const g of warp.gaps)
    if (g.end > domain[0] && g.start < domain[1]) edges.push(g.start, g.end);
  edges.push(domain[1]);
  const out: Tick[] = [];
  let lastX = -Infinity;
  for (let i = 0; i + 1 < edges.length; i += 2) {
    const [a, b] = [Math.max(domain[0], edges[i]!), Math.min(domain[1], edges[i + 1]!)];
    if (!(b > a)) continue;
    const c = chooseTickLevel([a, b], x(b) - x(a), minSpacingPx);
    let needsYear = true;
    const dates = c.interval.range(new Date(a), new Date(b + 1));
    // A stretch too narrow for any tick of its level still says which year it is, at its start.
    if (dates.length === 0 && x(a) - lastX >= minSpacingPx) {
      lastX = x(a);
      out.push({ ms: a, key: 'year', major: true });
      continue;
    }
    for (const date of dates) {
      const ms = date.getTime();
      const px = x(ms);
      if (px - lastX < minSpacingPx) {
        // A tick squeezed against the left edge gives way to the next one, which then says the
        // year: at a zoom around 1 March, "наурыз 2022" beats "ақп 2022" cut by the edge.
        const prev = out.at(-1);
        const edge = prev !== undefined && x(prev.ms) < minSpacingPx / 2 && !needsYear;
        if (!edge || prev.key === 'year' || out.length > 1) continue;
        out.pop();
        needsYear = true;
      }
      lastX = px;
      const major = isMajor(ms, c.key);
      const withYear = c.key === 'month' ? 'monthYear' : c.key === 'day' ? 'dayYear' : c.key;
      const key = major ?? (needsYear ? withYear : c.key);
      out.push({ ms, key, major: major !== null || key !== c.key });
      // A label with its year is about twice as long: keep the next tick further away.
      if (key === 'monthYear' || key === 'dayYear') lastX += minSpacingPx * 0.7;
      needsYear = false;
    }
  }
  return out;
}
