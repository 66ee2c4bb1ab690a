import type { Domain } from './domain';
import type { LayoutOptions, Mark } from './layoutTimeline';
import type { TimelineItem } from './toTimelineItems';

/**
 * Markers for items[from, to) that overlap the domain, merged into clusters where they would touch
 * (same rule as clusterExtents). One pass without per-item allocations: at fit-all zoom this runs
 * over every event on every frame. Markers are points at the start: at this zoom a long span
 * would swallow its neighbours.
 * @example markersOf(items, 0, items.length, domain, x, { markerPx: 10, gapPx: 6, maxClusterPx: 40 }, 3)
 */
export function markersOf(
  items: readonly TimelineItem[],
  from: number,
  to: number,
  domain: Domain,
  x: (ms: number) => number,
  o: Pick<Required<LayoutOptions>, 'markerPx' | 'gapPx' | 'maxClusterPx'>,
  row: number,
): Mark[] {
  const marks: Mark[] = [];
  let g0 = -1; // index of the current group's first member
  let count = 0;
  let x0 = 0;
  let x1 = 0;
  let end = 0;
  let lastStart = 0;
  const flush = (nextX0: number) => {
    if (count === 0) return;
    const right = Math.min(x1, nextX0 - o.gapPx);
    const first = items[g0]!;
    if (count === 1) {
      marks.push({
        kind: 'event',
        id: first.id,
        item: first,
        row,
        x0,
        x1: right,
        barX0: x0,
        barX1: x0 + o.markerPx,
        label: null,
      });
    } else {
      const [start, g, n] = [first.start, g0, count];
      marks.push({
        kind: 'cluster',
        id: `cluster-${first.id}`,
        row,
        x0,
        x1: right,
        count: n,
        start,
        end,
        lastStart,
        // Built on demand: a fit-all cluster can hold thousands of ids and most frames never ask.
        get eventIds() {
          const ids: string[] = [];
          for (let i = g; ids.length < n; i++)
            if (items[i]!.end > domain[0]) ids.push(items[i]!.id);
          return ids;
        },
      });
    }
  };
  for (let i = from; i < to; i++) {
    const it = items[i]!;
    if (it.end <= domain[0]) continue;
    const px = x(it.start);
    if (count > 0 && px < x1 + o.gapPx && px < x0 + o.maxClusterPx) {
      x1 = Math.max(x1, px + o.markerPx);
      end = Math.max(end, it.end);
      lastStart = it.start;
      count++;
      continue;
    }
    flush(px);
    [g0, count, x0, x1, end, lastStart] = [i, 1, px, px + o.markerPx, it.end, it.start];
  }
  flush(Infinity);
  return marks;
}
