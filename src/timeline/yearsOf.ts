/**
 * The UTC years in which at least one range starts, ascending: the entries of a year-jump list.
 * @example yearsOf([{ start: Date.UTC(2022, 5) }, { start: Date.UTC(2019, 0) }]) // [2019, 2022]
 */
export function yearsOf(ranges: Iterable<{ start: number }>): number[] {
  const years = new Set<number>();
  for (const r of ranges) years.add(new Date(r.start).getUTCFullYear());
  return [...years].sort((a, b) => a - b);
}
