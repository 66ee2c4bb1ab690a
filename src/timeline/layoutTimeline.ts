import type { Theme } from '../model/schema';
import { clusterExtents } from './clusterExtents';
import { cullItems } from './cullItems';
import { dodgeRows, type Extent } from './dodgeRows';
import { timeToX, type Domain } from './domain';
import { levelOfDetail, type Detail } from './levelOfDetail';
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
  /** Text to draw, or null at marker level. */
  label: string | null;
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
  maxLabelPx?: number;
  /** Smallest drawn size of an event, px. */
  markerPx?: number;
  gapPx?: number;
  /** Widest cluster badge, px. */
  maxClusterPx?: number;
}

function toMark(items: TimelineItem[], members: number[], ext: Extent, row: number): Mark {
  const first = items[members[0]!]!;
  if (members.length === 1) {
    return {
      kind: 'event',
      id: first.id,
      item: first,
      row,
      x0: ext.x0,
      x1: ext.x1,
      barX0: ext.x0,
      barX1: ext.x1,
      label: null,
    };
  }
  const group = members.map((m) => items[m]!);
  return {
    kind: 'cluster',
    id: `cluster-${first.id}`,
    row,
    x0: ext.x0,
    x1: ext.x1,
    count: group.length,
    start: first.start,
    end: Math.max(...group.map((g) => g.end)),
    eventIds: group.map((g) => g.id),
  };
}

/** Markers for items, merged into clusters where they would touch. */
function markersOf(
  items: TimelineItem[],
  x: (ms: number) => number,
  o: Required<Omit<LayoutOptions, 'labelOf'>>,
  row: number,
): Mark[] {
  const extents = items.map((it) => {
    const x0 = x(it.start);
    return { x0, x1: Math.max(x(it.end), x0 + o.markerPx) };
  });
  return clusterExtents(extents, o.gapPx).map((g) => {
    const mark = toMark(items, g.members, g, row);
    // A lone marker keeps its true span for the bar.
    return mark.kind === 'event'
      ? { ...mark, barX0: x(mark.item.start), barX1: x(mark.item.end) }
      : mark;
  });
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
    markerPx: 10,
    gapPx: 6,
    maxClusterPx: 40,
    ...options,
  };
  const x = (ms: number) => timeToX(ms, domain, widthPx);
  const visible = data.lanes.map((lane) => ({
    lane,
    items: cullItems(data.byLane.get(lane) ?? [], domain, data.maxSpanMs),
  }));
  const visibleCount = visible.reduce((n, v) => n + v.items.length, 0);
  const detail = levelOfDetail(visibleCount, widthPx, domain[1] - domain[0]);
  if (detail === 'markers') {
    return {
      detail,
      visibleCount,
      lanes: visible.map(({ lane, items }) => ({ lane, marks: markersOf(items, x, o, o.rows) })),
    };
  }
  const maxChars = Math.floor((o.maxLabelPx - 12) / o.charPx);
  const lanes = visible.map(({ lane, items }) => {
    const labels = items.map((it) => truncate(o.labelOf(it, detail), maxChars));
    const extents = items.map((it, i) => {
      const x0 = Math.max(0, x(it.start));
      return { x0, x1: Math.max(x(it.end), x0 + labels[i]!.length * o.charPx + 12) };
    });
    const rows = dodgeRows(extents, o.rows, o.gapPx);
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
        });
    });
    return { lane, marks: marks.concat(markersOf(overflow, x, o, o.rows)) };
  });
  return { detail, visibleCount, lanes };
}
