import { useMemo, useState } from 'react';
import type { TimelineLayout } from '../../timeline/layoutTimeline';
import { laneTopsOf, rowTopOf, type TimelineGeometry } from './timelineGeometry';

export interface LaneBoxes {
  /** Each lane's top and height, px (laneTopsOf). */
  lanesBox: ReturnType<typeof laneTopsOf>;
  /** The boxes the marks take, so the gap labels keep clear of them. */
  occupied: { x0: number; x1: number; y0: number; y1: number }[];
  /** The drawing's height: never less than it was for the same events. */
  heightPx: number;
}

/**
 * Lanes as tall as the rows their marks use in this view, the boxes those marks take, and the
 * drawing's height. `data` is the events shown: the height is kept while it stays the same.
 */
export function useLaneBoxes(
  data: unknown,
  layout: TimelineLayout,
  geometry: TimelineGeometry,
): LaneBoxes {
  const lanesBox = useMemo(
    () =>
      laneTopsOf(
        layout.lanes.map((l) => l.marks.reduce((n, m) => Math.max(n, m.row + 1), 0)),
        geometry,
      ),
    [layout, geometry],
  );
  const occupied = useMemo(
    () =>
      layout.lanes.flatMap((lane, i) =>
        lane.marks.map((m) => {
          const y0 = rowTopOf(geometry, lanesBox.tops[i]!, m.row);
          return { x0: m.x0, x1: m.x1, y0, y1: y0 + geometry.rowPx };
        }),
      ),
    [layout, lanesBox, geometry],
  );
  // The drawing never shrinks while the same events are shown: lanes are as tall as their rows,
  // but a zoom that empties a lane must not pull the timeline out from under the pointer (the
  // next wheel turn would scroll the page instead of zooming).
  const [tallest, setTallest] = useState({ data, px: 0 });
  const heightPx = Math.max(lanesBox.totalPx, tallest.data === data ? tallest.px : 0);
  if (tallest.data !== data || heightPx > tallest.px) setTallest({ data, px: heightPx });
  return { lanesBox, occupied, heightPx };
}
