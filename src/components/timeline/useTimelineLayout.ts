import { useMemo } from 'react';
import type { Event } from '../../model/schema';
import type { Domain } from '../../timeline/domain';
import { layoutTimeline, type TimelineLayout } from '../../timeline/layoutTimeline';
import { memoizeLabels } from '../../timeline/memoizeLabels';
import type { TimelineItem, TimelineItems } from '../../timeline/toTimelineItems';
import { createTextMeasure } from './createTextMeasure';
import { eventDateText, type FormatDate } from './eventDateText';
import type { TimelineGeometry } from './timelineGeometry';
import type { TimelineLabels } from './timelineLabels';

export interface TimelineLayoutInput {
  /** Label rows per lane. */
  rows: number;
  geometry: TimelineGeometry;
  /** CSS font-family the labels are drawn in, for measuring them. */
  family: string;
  titleOf: (event: Event) => string;
  labels: Pick<TimelineLabels, 'planned'>;
  formatDate: FormatDate;
  /** Pixel x of a UTC ms (the warped scale). */
  x: (ms: number) => number;
  /** The warp behind x (layoutTimeline's toWarped). */
  toWarped: (ms: number) => number;
  /** Gets a labelled row first (the selected or presented event). */
  pinnedId?: string | null;
}

/**
 * The layout for the current view, with label text built once per event and detail and label
 * widths measured once per text (both cached across zoom frames until the words or font change).
 */
export function useTimelineLayout(
  data: Pick<TimelineItems, 'lanes' | 'byLane' | 'maxSpanMs'>,
  domain: Domain,
  widthPx: number,
  input: TimelineLayoutInput,
): TimelineLayout {
  const { rows, geometry, family, titleOf, labels, formatDate, x, toWarped, pinnedId } = input;
  const measureText = useMemo(
    () => createTextMeasure(geometry.fontPx, family),
    [geometry.fontPx, family],
  );
  const labelOf = useMemo(
    () =>
      memoizeLabels<TimelineItem>((it, detail) => {
        // Kept a prefix of the accessible name (markNameOf), as WCAG 2.5.3 asks.
        const title = it.planned ? `${titleOf(it.event)} (${labels.planned})` : titleOf(it.event);
        return detail === 'detail' ? `${title}, ${eventDateText(it, formatDate)}` : title;
      }),
    [titleOf, labels.planned, formatDate],
  );
  return useMemo(
    () =>
      layoutTimeline(data, domain, widthPx, {
        rows,
        charPx: geometry.charPx,
        maxLabelPx: 18 * geometry.fontPx,
        // The label starts after the dot, which grows with the font (projectors).
        labelPadPx: geometry.dotPx + 2,
        textWidthOf: measureText,
        labelOf,
        x,
        toWarped,
        dotPx: geometry.dotPx,
        pinnedId,
      }),
    [data, domain, widthPx, rows, geometry, measureText, labelOf, x, toWarped, pinnedId],
  );
}
