import type { Theme } from '../model/schema';
import { cullItems, cullRange } from './cullItems';
import { dodgeRows } from './dodgeRows';
import { growExtents } from './growExtents';
import { timeToX, type Domain } from './domain';
import { levelOfDetail, type Detail } from './levelOfDetail';
import { markersOf } from './markersOf';
import type { TimelineItem, TimelineItems } from './toTimelineItems';

/** One event drawn on its own. x values are px from the left edge of the plot. */
export interface PlacedEvent {
  kind: 'event';
  id: string;
  item: TimelineItem;
  row: number;
  /** The box the event claims in its row (bar and label); boxes in a row never overlap. */
  x0: number;
  x1: number;
  /** The event's own span, unclipped. */
  barX0: number;
  barX1: number;
  /** Text to draw, or null at marker level (shortened with "…" to fit, for canvas). */
  label: string | null;
  /**
   * The whole label, for SVG text clipped to the box: what sighted users see must be part of the
   * button's accessible name (WCAG 2.5.3), and a shortened "…" label is not.
   */
  fullLabel?: string;
}

/** Events too close to tell apart at this zoom, drawn as one badge. */
export interface ClusterMark {
  kind: 'cluster';
  id: string;
  row: number;
  x0: number;
  x1: number;
  count: number;
  /** UTC ms span of the members. */
  start: number;
  end: number;
  /** UTC ms start of the last member: badges stand for points at starts, [start, lastStart]. */
  lastStart: number;
  eventIds: string[];
}

export type Mark = PlacedEvent | ClusterMark;

export interface LaneLayout {
  lane: Theme;
  marks: Mark[];
}

export interface TimelineLayout {
  detail: Detail;
  visibleCount: number;
  lanes: LaneLayout[];
}

export interface LayoutOptions {
  /** Label text per event at the chosen detail (e.g. title, or title and date). */
  labelOf: (item: TimelineItem, detail: Detail) => string;
  /** Rows of labels per lane; one more row below holds clusters. Default 3. */
  rows?: number;
  /** Width estimate per character at the label font, px. Default 7.2 (12 px sans). */
  charPx?: number;
  /**
   * Widest a label may claim while rows are assigned, px. Default 220. Afterwards a label grows
   * into the free room to its right, up to the next box in its row or the plot's right edge.
   */
  maxLabelPx?: number;
  /** Width of a label's text, px (measured); default length × charPx. */
  textWidthOf?: (text: string) => number;
  /** Room a box keeps before and after its label text (the dot and spacing), px. Default 12. */
  labelPadPx?: number;
  /** Smallest drawn size of an event, px. */
  markerPx?: number;
  gapPx?: number;
  /** Widest cluster badge, px. */
  maxClusterPx?: number;
}

function truncate(text: string, maxChars: number): string {
  return text.length <= maxChars ? text : `${text.slice(0, Math.max(1, maxChars - 1))}…`;
}

/**
 * Lays out the visible part of the timeline: culls, picks the level of detail, places labels into
 * rows without overlap and turns what does not fit into cluster badges in the row below.
 * Pure and O(log n + visible), so it can run on every zoom frame.
 */
export function layoutTimeline(
  data: Pick<TimelineItems, 'lanes' | 'byLane' | 'maxSpanMs'>,
  domain: Domain,
  widthPx: number,
  options: LayoutOptions,
): TimelineLayout {
  const o = {
    rows: 3,
    charPx: 7.2,
    maxLabelPx: 220,
    labelPadPx: 12,
    markerPx: 10,
    gapPx: 6,
    maxClusterPx: 40,
    ...options,
  };
  const x = (ms: number) => timeToX(ms, domain, widthPx);
  const ranges = data.lanes.map((lane) => {
    const items = data.byLane.get(lane) ?? [];
    return { lane, items, range: cullRange(items, domain, data.maxSpanMs) };
  });
  // Counted without allocating: the range also holds long-ago items that ended before the domain.
  let visibleCount = 0;
  for (const { items, range } of ranges) {
    for (let i = range[0]; i < range[1]; i++) if (items[i]!.end > domain[0]) visibleCount++;
  }
  const detail = levelOfDetail(visibleCount, widthPx, domain[1] - domain[0]);
  if (detail === 'markers') {
    const lanes = ranges.map(({ lane, items, range: [from, to] }) => ({
      lane,
      marks: markersOf(items, from, to, domain, x, o, o.rows),
    }));
    return { detail, visibleCount, lanes };
  }
  const visible = ranges.map(({ lane, items }) => ({
    lane,
    items: cullItems(items, domain, data.maxSpanMs),
  }));
  const widthOf = o.textWidthOf ?? ((text: string) => text.length * o.charPx);
  // Chars of a label that fit between x0 and x1; labels also end at the plot's right edge, with an
  // ellipsis, rather than being cut mid-word.
  const charsIn = (x0: number, x1: number) =>
    Math.max(2, Math.floor((Math.min(x1, widthPx) - x0 - o.labelPadPx) / o.charPx));
  const lanes = visible.map(({ lane, items }) => {
    const fullLabels = items.map((it) => o.labelOf(it, detail));
    // One char of slack: an estimate is an average, and free room costs nothing.
    const textPx = fullLabels.map((text) => widthOf(text) + o.charPx);
    const placing = items.map((it, i) => {
      const x0 = Math.max(0, x(it.start));
      const room = widthPx - x0 - o.labelPadPx;
      const px = Math.max(2 * o.charPx, Math.min(textPx[i]!, o.maxLabelPx - o.labelPadPx, room));
      return { x0, x1: Math.max(x(it.end), x0 + px + o.labelPadPx) };
    });
    const want = placing.map((e, i) => Math.min(widthPx, e.x0 + textPx[i]! + o.labelPadPx));
    // Whole labels first; if that leaves any event without a row, capped labels (fewer badges),
    // which then grow into whatever room their rows leave.
    const whole = placing.map((e, i) => ({ x0: e.x0, x1: Math.max(e.x1, want[i]!) }));
    const wholeRows = dodgeRows(whole, o.rows, o.gapPx);
    const fits = !wholeRows.includes(-1);
    const rows = fits ? wholeRows : dodgeRows(placing, o.rows, o.gapPx);
    const extents = fits ? whole : growExtents(placing, rows, want, o.gapPx, widthPx);
    const labels = extents.map(({ x0, x1 }, i) =>
      textPx[i]! + o.labelPadPx <= Math.min(x1, widthPx) - x0
        ? fullLabels[i]!
        : truncate(fullLabels[i]!, charsIn(x0, x1)),
    );
    const marks: Mark[] = [];
    const overflow: TimelineItem[] = [];
    items.forEach((item, i) => {
      const row = rows[i]!;
      if (row < 0) overflow.push(item);
      else
        marks.push({
          kind: 'event',
          id: item.id,
          item,
          row,
          ...extents[i]!,
          barX0: x(item.start),
          barX1: x(item.end),
          label: labels[i]!,
          fullLabel: fullLabels[i]!,
        });
    });
    return {
      lane,
      marks: marks.concat(markersOf(overflow, 0, overflow.length, domain, x, o, o.rows)),
    };
  });
  return { detail, visibleCount, lanes };
}
