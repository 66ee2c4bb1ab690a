/** Folding reports of one event into one, in time linear in the reports where keys allow. */
import type { Candidate } from './candidate';
import { CandidateLists, combine, combineScalars } from './combine';

/** Whether `c` is a report of the event `target` stands for. */
export type Joins = (target: Candidate, c: Candidate) => boolean;

/**
 * What any two reports `joins` can join share, kept by combining them; `undefined` for a report
 * that joins none and that none joins (it is never compared).
 */
export type KeyOf = (c: Candidate) => string | undefined;

/**
 * Folds every candidate that `joins(target, c)` into the first earlier target, keeping order.
 * Linear in the number of reports per event: the lists are gathered once (CandidateLists), not
 * copied at every step, so an article that repeats one event thousands of times stays fast.
 * `keyOf`, when given, must be equal for any two candidates `joins` can join (and kept by
 * `combine`): only candidates of one key are compared, so folding the reports of thousands of
 * articles (stages/merge.ts) is not quadratic in their number. `apart`, when given, marks
 * candidates no two of which join (bare gatherings in one article): one is compared only with the
 * heads not apart, so thousands of them are not compared pair by pair.
 */
export function fold(
  list: Candidate[],
  joins: Joins,
  keyOf: KeyOf = () => '',
  apart: (c: Candidate) => boolean = () => false,
): Candidate[] {
  const heads: Candidate[] = [];
  const lists: CandidateLists[] = [];
  const buckets: Array<Bucket | undefined> = [];
  const byKey = new Map<string, Bucket>();
  for (const c of list) {
    const key = keyOf(c);
    const bucket = key === undefined ? undefined : byKey.get(key);
    const i = bucket?.among(apart(c)).find((k) => joins(heads[k]!, c));
    if (i !== undefined) {
      heads[i] = combineScalars(heads[i]!, c);
      lists[i]!.add(c);
      bucket!.update(i, apart(heads[i]));
    } else {
      let b = bucket;
      if (key !== undefined && !b) byKey.set(key, (b = new Bucket()));
      b?.push(heads.length, apart(c));
      buckets.push(b);
      heads.push(c);
      lists.push(new CandidateLists(c));
    }
  }
  const out: Array<Candidate | undefined> = heads.map((h, i) => lists[i]!.into(h));
  // A part may precede its whole in the text: try folding earlier entries into later ones too.
  for (let i = out.length - 1; i >= 0; i--) {
    const c = out[i]!;
    const bucket = buckets[i];
    const j = bucket
      ?.among(apart(c))
      .find((k) => k !== i && out[k] !== undefined && joins(out[k]!, c));
    if (j !== undefined) {
      out[j] = combine(out[j]!, c);
      out[i] = undefined;
      bucket!.update(j, apart(out[j]));
    }
  }
  return out.filter((c): c is Candidate => c !== undefined);
}

/** The heads of one key, in order, and those of them not apart. */
class Bucket {
  private readonly all: number[] = [];
  private readonly open: number[] = [];

  push(i: number, isApart: boolean): void {
    this.all.push(i);
    if (!isApart) this.open.push(i);
  }

  /** The heads a candidate may join: all, or for one apart only those not apart. */
  among(isApart: boolean): number[] {
    return isApart ? this.open : this.all;
  }

  /** Head `i` was combined and may have become apart or not. */
  update(i: number, isApart: boolean): void {
    let lo = 0;
    let hi = this.open.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.open[mid]! < i) lo = mid + 1;
      else hi = mid;
    }
    const listed = this.open[lo] === i;
    if (isApart && listed) this.open.splice(lo, 1);
    else if (!isApart && !listed) this.open.splice(lo, 0, i);
  }
}
