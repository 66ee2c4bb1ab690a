/**
 * Lookups into one sentence's words, clause breaks and dates, read once, for readers that ask
 * about many places in the same sentence (locales/kk/events/objectClause.ts): each question is a
 * binary search or a prefix count instead of a scan of the whole sentence, so a sentence of
 * thousands of words with a question every dozen words is read in n log n, not n².
 */

/** A date's span in the sentence's text. */
export interface Span {
  start: number;
  end: number;
}

interface Word {
  w: string;
  at: number;
  end: number;
}

/** The first index in the ascending `xs` whose value is at least `v` (xs.length if none). */
function firstAtLeast(xs: readonly number[], v: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid]! < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first index in the ascending `xs` whose value is above `v` (xs.length if none). */
const firstAbove = (xs: readonly number[], v: number) => firstAtLeast(xs, v + 1);

/**
 * `words` in text order; `breaks`, where a clause before an object ends; `stops`, where the
 * saying's clause after it ends (both ascending, as matchAll gives them); `chains`, whether a
 * word ties a date to the verb after it. Positions are all integers, so "above v" is "at least
 * v + 1".
 */
export function clauseIndex(
  text: string,
  words: readonly Word[],
  breaks: readonly number[],
  stops: readonly number[],
  chains: (w: string) => boolean,
) {
  const starts = words.map((x) => x.at);
  const ends = words.map((x) => x.end);
  // (How many of the first i words chain, counted on the first question only: most sentences
  // have no object and never ask.)
  let chained: number[] | undefined;
  const chainCount = () => {
    if (chained) return chained;
    const counts = [0];
    for (const x of words) counts.push(counts.at(-1)! + (chains(x.w) ? 1 : 0));
    return (chained = counts);
  };
  return {
    /** Where the clause holding `at` begins: just after the last break before it, else 0. */
    startBefore(at: number): number {
      const i = firstAtLeast(breaks, at);
      return i > 0 ? breaks[i - 1]! + 1 : 0;
    },
    /** Where the clause running on from `from` ends: the first stop at or after it, else the end. */
    endAfter(from: number): number {
      const i = firstAtLeast(stops, from);
      return i < stops.length ? stops[i]! : text.length;
    },
    /** The last of the words from index `from` on that ends by `end`: undefined if none. */
    lastWordWithin(from: number, end: number): string | undefined {
      const i = firstAbove(ends, end) - 1;
      return i >= from ? words[i]!.w : undefined;
    },
    /** Whether a word inside [from, to) chains. */
    chainsWithin(from: number, to: number): boolean {
      const a = firstAtLeast(starts, from);
      const b = firstAbove(ends, to);
      if (b <= a) return false;
      const counts = chainCount();
      return counts[b]! - counts[a]! > 0;
    },
  };
}

/** The dates inside [from, to): how many, and the last two in the dates' own order. */
export interface DatesWithin {
  count: number;
  last?: Span;
  lastButOne?: Span;
}

const ascending = (xs: readonly number[]) => xs.every((x, i) => i === 0 || xs[i - 1]! <= x);

/**
 * Lookups into a sentence's dates. Dates in text order, none inside another, make every question a
 * run of neighbours found by binary search; others (not met in the pipeline's order, but allowed)
 * are filtered as they are given.
 */
export function datesIndex(dates: readonly Span[]) {
  const starts = dates.map((d) => d.start);
  const ends = dates.map((d) => d.end);
  const sorted = ascending(starts) && ascending(ends);
  const inside = (from: number, to: number) => (d: Span) => d.start >= from && d.end <= to;
  return {
    within(from: number, to: number): DatesWithin {
      if (!sorted) {
        const found = dates.filter(inside(from, to));
        return { count: found.length, last: found.at(-1), lastButOne: found.at(-2) };
      }
      const a = firstAtLeast(starts, from);
      const b = firstAbove(ends, to);
      const count = Math.max(0, b - a);
      return {
        count,
        last: count > 0 ? dates[b - 1] : undefined,
        lastButOne: count > 1 ? dates[b - 2] : undefined,
      };
    },
    anyWithin(from: number, to: number): boolean {
      return sorted ? this.within(from, to).count > 0 : dates.some(inside(from, to));
    },
  };
}
