/**
 * The span of time an EDTF string covers, in UTC milliseconds, as [start, end).
 * Enough EDTF for what the extractor writes: day, month, season (21-24), year, datetime,
 * and intervals with open ("..") or unknown ("") ends.
 */

const DAY_MS = 86_400_000;

function parseSingle(raw: string): [number, number] | null {
  // Uncertainty marks (?, ~, %) do not move the span; unspecified digits (X) widen it.
  const s = raw.replace(/[?~%]/gu, '');
  const m = /^(-?\d{4})(?:-(\d{2}|XX))?(?:-(\d{2}|XX))?(?:T.*)?$/u.exec(s);
  if (m === null) {
    const xYear = /^(\d{2,3})X{1,2}$/u.exec(s);
    if (xYear === null) return null;
    const digits = xYear[1] as string;
    const width = 10 ** (4 - digits.length);
    const start = Number(digits) * width;
    return [Date.UTC(start, 0, 1), Date.UTC(start + width, 0, 1)];
  }
  const year = Number(m[1]);
  const mm = m[2];
  const dd = m[3];
  if (mm === undefined || mm === 'XX') return [Date.UTC(year, 0, 1), Date.UTC(year + 1, 0, 1)];
  const month = Number(mm);
  if (month >= 21 && month <= 24) {
    // Northern-hemisphere seasons: spring = March-May, …, winter = December-February. Winter
    // runs from the December before the year it names, as the extractor counts it (its January
    // and February are that year's): "2022-24" is December 2021 to February 2022.
    const first = (month - 21) * 3 + 2 - (month === 24 ? 12 : 0);
    return [Date.UTC(year, first, 1), Date.UTC(year, first + 3, 1)];
  }
  if (month < 1 || month > 12) return null;
  if (dd === undefined || dd === 'XX') {
    return [Date.UTC(year, month - 1, 1), Date.UTC(year, month, 1)];
  }
  const start = Date.UTC(year, month - 1, Number(dd));
  // Reject 2022-02-30 rather than let Date.UTC roll it into March.
  if (new Date(start).getUTCMonth() !== month - 1 || Number(dd) < 1) return null;
  return [start, start + DAY_MS];
}

/**
 * @returns [startMs, endMs) in UTC, or null when the string is not EDTF we understand.
 * @example edtfRange('2022-03') // [Date.UTC(2022, 2, 1), Date.UTC(2022, 3, 1)]
 */
export function edtfRange(edtf: string): readonly [number, number] | null {
  // Sorting, facets, the domain and the layout each ask for the same dates: read each string once.
  const hit = cache.get(edtf);
  if (hit !== undefined) return hit;
  if (cache.size >= CACHE_LIMIT) cache.clear();
  const found = readRange(edtf);
  // Shared by every caller from now on, so nobody may change it.
  const range = found === null ? null : Object.freeze(found);
  cache.set(edtf, range);
  return range;
}

const CACHE_LIMIT = 200_000;
const cache = new Map<string, readonly [number, number] | null>();

function readRange(edtf: string): readonly [number, number] | null {
  if (!edtf.includes('/')) return parseSingle(edtf);
  const [a = '', b = ''] = edtf.split('/');
  const from = a === '' || a === '..' ? null : parseSingle(a);
  const to = b === '' || b === '..' ? null : parseSingle(b);
  if (from !== null && to !== null) return [from[0], Math.max(from[1], to[1])];
  // An open end is drawn as its known side only: we do not invent how long it lasted.
  return from ?? to;
}
