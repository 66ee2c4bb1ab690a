import type { CalParts, Reading } from '../../../dates/reading';
import type { TokenMatch } from '../../../dates/tagger';
import type { Token } from '../../../dates/tokenize';
import { KK_MONTHS } from './kkLexicon';

/** A month named bare or in the possessive ("ақпан", "желтоқсаны"), as a range's first end is. */
function isBareMonth(low: string): boolean {
  const stem = low.replace(/(?:с?[ыі])$/u, '');
  return KK_MONTHS.has(low) || (stem !== low && KK_MONTHS.has(stem));
}

/** Days are counted within a year; an end with no year of its own is in the start's year. */
const key = (p: CalParts, year: number) => year * 400 + (p.month ?? 0) * 32 + (p.day ?? 0);

/**
 * "28 ақпан – 3 наурыз", "2024 жылғы 28 ақпан-3 наурыз аралығында", "2023 жылғы желтоқсан – 2024
 * жылғы қаңтар": two dates of the same grain joined by a dash are one range, as KazNERD marks
 * "27-нші наурыз бен 4-інші сәуір аралығында". The first ends in its bare month; the second is
 * later (or, with no year of its own, in the next month after December).
 */
export function joinKkDashDates(
  tokens: readonly Token[],
  to: number,
  r: Reading,
  readDate: (i: number) => TokenMatch | null,
): TokenMatch | null {
  if (r.kind !== 'cal' || r.end || r.mod || r.parts.month === undefined) return null;
  const last = tokens[to - 1];
  if (tokens[to]?.kind !== 'dash' || last?.kind !== 'word' || !isBareMonth(last.low)) return null;
  const second = readDate(to + 1);
  const end = second?.reading.kind === 'cal' ? second.reading : null;
  if (!second || !end || end.end || end.mod || end.parts.month === undefined) return null;
  const p = r.parts;
  const q = end.parts;
  if ((p.day === undefined) !== (q.day === undefined) || p.yearPart || q.yearPart) return null;
  if (q.year !== undefined && p.year === undefined) return null;
  const crosses = q.year === undefined && p.month === 12 && q.month! < 12;
  const startYear = p.year ?? 0;
  const endYear = q.year ?? (crosses ? startYear + 1 : startYear);
  if (key(q, endYear) <= key(p, startYear)) return null;
  const endParts: CalParts = { month: q.month, ...(q.day !== undefined && { day: q.day }) };
  if (q.year !== undefined) endParts.year = q.year;
  return { from: 0, to: second.to, reading: { ...r, end: endParts } };
}
