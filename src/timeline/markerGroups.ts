import type { Domain } from './domain';
import type { LayoutOptions, Mark } from './layoutTimeline';
import type { TimelineItem } from './toTimelineItems';

type MarkerOptions = Pick<Required<LayoutOptions>, 'markerPx' | 'gapPx' | 'maxClusterPx'>;

/**
 * A lane's markers merged into badges at one zoom scale, over the whole lane: group g holds items
 * [first[g], first[g] + size[g]). Grouping depends on the scale only, not on where the view is,
 * so a pan reuses it and badges do not form and dissolve under the pointer.
 */
export interface MarkerGroups {
  length: number;
  first: Int32Array;
  size: Int32Array;
  /** Latest end among the members, UTC ms. */
  end: Float64Array;
}

/**
 * Groups markers as markersOf does (a marker joins the group before it when it would touch it,
 * up to maxClusterPx wide), from positions in warped ms times pxPerW. One pass over typed arrays:
 * 100,000 markers cost well under a millisecond, so a zoom frame can regroup.
 * @example groupMarkers(warpedStarts, ends, 1e-7, { markerPx: 10, gapPx: 6, maxClusterPx: 40 })
 */
export function groupMarkers(
  warpedStarts: Float64Array,
  ends: Float64Array,
  pxPerW: number,
  o: MarkerOptions,
): MarkerGroups {
  const n = warpedStarts.length;
  const first = new Int32Array(n);
  const size = new Int32Array(n);
  const end = new Float64Array(n);
  const { gapPx, markerPx, maxClusterPx } = o;
  let g = -1;
  let x0 = 0;
  let x1 = 0;
  for (let i = 0; i < n; i++) {
    const px = warpedStarts[i]! * pxPerW;
    if (g >= 0 && px < x1 + gapPx && px < x0 + maxClusterPx) {
      if (px + markerPx > x1) x1 = px + markerPx;
      if (ends[i]! > end[g]!) end[g] = ends[i]!;
      size[g]!++;
    } else {
      g++;
      first[g] = i;
      size[g] = 1;
      end[g] = ends[i]!;
      x0 = px;
      x1 = px + markerPx;
    }
  }
  return { length: g + 1, first, size, end };
}

/** First group index whose first (or, with `last`, last) member starts at or after ms. */
function groupAtOrAfter(
  items: readonly TimelineItem[],
  groups: MarkerGroups,
  ms: number,
  last: boolean,
): number {
  let lo = 0;
  let hi = groups.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const i = groups.first[mid]! + (last ? groups.size[mid]! - 1 : 0);
    if (items[i]!.start < ms) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The indices in [from, to) of items that overlap the domain. */
function membersInView(
  items: readonly TimelineItem[],
  from: number,
  to: number,
  domain: Domain,
): number[] {
  const out: number[] = [];
  for (let i = from; i < to; i++)
    if (items[i]!.start < domain[1] && items[i]!.end > domain[0]) out.push(i);
  return out;
}

export interface MarkerView {
  /** Visible domain, UTC ms. */
  domain: Domain;
  /** Start of the visible domain in warped ms, and px per warped ms. */
  warpedStart: number;
  pxPerW: number;
  /** Longest end − start among the items, ms (culling). */
  maxSpanMs: number;
}

/**
 * The marks of the groups that reach into the view, x in px from the view's left edge: a single
 * member is an event marker, more are a cluster badge. O(log groups + visible groups).
 * @example markersInView(items, warpedStarts, groupMarkers(warpedStarts, ends, s, o), view, o, 3)
 */
export function markersInView(
  items: readonly TimelineItem[],
  warpedStarts: Float64Array,
  groups: MarkerGroups,
  view: MarkerView,
  o: MarkerOptions,
  row: number,
): Mark[] {
  const { domain, pxPerW } = view;
  const xOf = (i: number) => (warpedStarts[i]! - view.warpedStart) * pxPerW;
  const from = groupAtOrAfter(items, groups, domain[0] - view.maxSpanMs, true);
  const to = groupAtOrAfter(items, groups, domain[1], false);
  const marks: Mark[] = [];
  for (let g = from; g < to; g++) {
    if (groups.end[g]! <= domain[0]) continue;
    const [f, n] = [groups.first[g]!, groups.size[g]!];
    const next = g + 1 < groups.length ? xOf(groups.first[g + 1]!) : Infinity;
    // A group across the view's edge stands for its members in view only (as culling would);
    // one inside it (at fit-all, every one) for all of them, without a look at each.
    const whole = items[f]!.start >= domain[0] && items[f + n - 1]!.start < domain[1];
    const members = whole ? null : membersInView(items, f, f + n, domain);
    const count = members ? members.length : n;
    if (count === 0) continue;
    const head = members ? members[0]! : f;
    const last = members ? members[count - 1]! : f + n - 1;
    const x0 = xOf(head);
    const x1 = Math.min(xOf(last) + o.markerPx, next - o.gapPx);
    const item = items[head]!;
    if (count === 1) {
      marks.push({
        kind: 'event',
        id: item.id,
        item,
        row,
        x0,
        x1,
        barX0: x0,
        barX1: x0 + o.markerPx,
        label: null,
      });
      continue;
    }
    const end = members
      ? members.reduce((e, i) => Math.max(e, items[i]!.end), -Infinity)
      : groups.end[g]!;
    marks.push({
      kind: 'cluster',
      id: `cluster-${item.id}`,
      row,
      x0,
      x1,
      count,
      start: item.start,
      end,
      lastStart: items[last]!.start,
      // Built on demand: a fit-all cluster can hold thousands of ids and most frames never ask.
      get eventIds() {
        return members
          ? members.map((i) => items[i]!.id)
          : items.slice(f, f + n).map((it) => it.id);
      },
    });
  }
  return marks;
}
