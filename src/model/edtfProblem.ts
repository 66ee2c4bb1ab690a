import { edtfRange } from './queries/edtfRange';

/** Years outside this range are typos or broken input (a dateline "2999"), not political news. */
export const EARLIEST_YEAR = 1000;
export const LATEST_YEAR = 2100;

/**
 * Why an EDTF date or interval cannot be a real one, or null when it can: month 13, 30 February,
 * 2022-00-00, 99999, a year outside EARLIEST_YEAR–LATEST_YEAR, or an interval that ends before it
 * starts. The validator calls it where a file is read, so nothing impossible reaches the timeline.
 * @example edtfProblem('2022-02-30') // 'no such day: 2022-02-30'
 */
export function edtfProblem(edtf: string): string | null {
  const ends = edtf.split('/');
  if (ends.length > 2) return `not an EDTF date or interval: ${edtf}`;
  const spans = ends.map((end) => (end === '' || end === '..' ? 'open' : edtfRange(end)));
  for (const [i, span] of spans.entries()) {
    if (span === null) return `no such day: ${ends[i]}`;
    if (span === 'open') continue;
    const year = new Date(span[0]).getUTCFullYear();
    if (year < EARLIEST_YEAR || year > LATEST_YEAR) {
      return `year ${year} is outside ${EARLIEST_YEAR}–${LATEST_YEAR}: ${ends[i]}`;
    }
  }
  const [from, to] = spans;
  if (spans.length === 2 && from === 'open' && to === 'open')
    return `an interval with no known end: ${edtf}`;
  if (Array.isArray(from) && Array.isArray(to) && to[1] <= from[0]) {
    return `the interval ends before it starts: ${edtf}`;
  }
  return null;
}
