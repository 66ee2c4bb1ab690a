import type { LayoutOptions, Mark } from './layoutTimeline';
import { groupMarkers, markersInView, type MarkerGroups, type MarkerView } from './markerGroups';
import type { TimelineItem } from './toTimelineItems';

type MarkerOptions = Pick<Required<LayoutOptions>, 'markerPx' | 'gapPx' | 'maxClusterPx'>;

interface LaneIndex {
  toWarped: (ms: number) => number;
  warpedStarts: Float64Array;
  ends: Float64Array;
  grouped: { pxPerW: number; key: string; groups: MarkerGroups } | null;
}

// Per lane array (the data's own, replaced when the events change): warped starts once per data
// and warp, groups once per zoom scale. A pan keeps the scale and reuses them.
const lanes = new WeakMap<readonly TimelineItem[], LaneIndex>();

/** Same scale within float noise: d3-zoom's pan recomputes the domain, and its span wobbles. */
const sameScale = (a: number, b: number) => Math.abs(a / b - 1) < 1e-9;

/**
 * A lane's markers and cluster badges in view (markersInView), grouped at the view's scale and
 * remembered per lane and scale, so the frames of a drag cost O(log n + visible) and those of a
 * zoom one pass over a typed array. x maps ms to px as timeToX(toWarped(ms), warped view, width).
 * @example markerIndexOf(items, warp.toWarped, view, o, 3)
 */
export function markerIndexOf(
  items: readonly TimelineItem[],
  toWarped: (ms: number) => number,
  view: MarkerView,
  o: MarkerOptions,
  row: number,
): Mark[] {
  let lane = lanes.get(items);
  if (!lane || lane.toWarped !== toWarped) {
    lane = {
      toWarped,
      warpedStarts: Float64Array.from(items, (it) => toWarped(it.start)),
      ends: Float64Array.from(items, (it) => it.end),
      grouped: null,
    };
    lanes.set(items, lane);
  }
  const key = `${o.markerPx} ${o.gapPx} ${o.maxClusterPx}`;
  const g = lane.grouped;
  if (!g || g.key !== key || !sameScale(g.pxPerW, view.pxPerW)) {
    lane.grouped = {
      pxPerW: view.pxPerW,
      key,
      groups: groupMarkers(lane.warpedStarts, lane.ends, view.pxPerW, o),
    };
  }
  return markersInView(items, lane.warpedStarts, lane.grouped!.groups, view, o, row);
}
