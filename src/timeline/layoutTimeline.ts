import type { Theme } from '../model/schema';
import { cullItems, cullRange } from './cullItems';
import { dodgeRows, type Extent } from './dodgeRows';
import { growExtents } from './growExtents';
import { timeToX, type Domain } from './domain';
import { levelOfDetail, type Detail } from './levelOfDetail';
import { markerIndexOf } from './markerIndex';
import { markersOf } from './markersOf';
import { isPointItem, type TimelineItem, type TimelineItems } from './toTimelineItems';

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
  /** Text to draw, or null at marker level (shortened at a word with "…" to fit). */
  label: string | null;
  /** The label ends at the mark instead of starting there (near the plot's right edge). */
  labelLeft?: boolean;
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
  /** Pixel x of a UTC ms; default linear over the domain (the app passes a warped scale). */
  x?: (ms: number) => number;
  /**
   * The warp behind x, which must be timeToX(toWarped(ms), warped domain, widthPx); default none.
   * Markers are grouped in warped time, once per scale (markerIndexOf).
   */
  toWarped?: (ms: number) => number;
  /** Diameter of a point event's dot, px: narrower events are drawn as dots. Default 10. */
  dotPx?: number;
  /** This event gets a labelled row before any other (the selected or presented one). */
  pinnedId?: string | null;
}

/**
 * The label's box beside its mark: to the right, or to the left when it does not fit on the
 * right and there is more room on the left (near the plot's right edge), so no label runs off
 * the plot. `whole` holds the whole text; `capped` at most maxLabelPx.
 */
function labelBox(
  it: TimelineItem,
  textPx: number,
  x: (ms: number) => number,
  widthPx: number,
  o: Required<Omit<LayoutOptions, 'textWidthOf' | 'x' | 'pinnedId' | 'toWarped'>>,
  pinned = false,
) {
  const [bx0, bx1] = [x(it.start), x(it.end)];
  const cap = Math.min(textPx, o.maxLabelPx - o.labelPadPx);
  const x0 = Math.max(0, bx0);
  const roomRight = widthPx - x0 - o.labelPadPx;
  // A point (dot) keeps its label beside the dot; a bar's label sits under the bar's right end.
  const anchor =
    bx1 - bx0 < o.dotPx || isPointItem(it) ? bx0 + o.labelPadPx : Math.min(bx1, widthPx);
  // Only near the right edge: elsewhere a long label is shortened where it starts, except the
  // pinned (selected, presented) event's, which goes wherever it can be read whole.
  const nearEdge = roomRight < widthPx / 3 || (pinned && anchor - o.labelPadPx >= textPx);
  const left = textPx > roomRight && nearEdge && anchor - o.labelPadPx > roomRight;
  if (left) {
    const x1 = Math.max(anchor, Math.min(bx1, widthPx));
    const at = (px: number) => ({ x0: Math.max(0, anchor - px - o.labelPadPx), x1 });
    return { left, whole: at(textPx), capped: at(cap) };
  }
  const barEnd = Math.min(bx1, widthPx);
  const at = (px: number) => ({
    x0,
    x1: Math.max(barEnd, Math.min(widthPx, x0 + Math.max(2 * o.charPx, px) + o.labelPadPx)),
  });
  return { left, whole: at(textPx), capped: at(Math.min(cap, roomRight)) };
}

/**
 * The text cut at a word boundary with "…" so it fits roomPx (never mid-word; one long word is
 * cut only when it alone does not fit). The whole text when it fits.
 * @example shortenAtWord('Party congress held', 90, (t) => t.length * 7) // 'Party…'
 */
export function shortenAtWord(
  text: string,
  roomPx: number,
  widthOf: (text: string) => number,
): string {
  if (widthOf(text) <= roomPx) return text;
  const words = text.split(' ');
  for (let n = words.length - 1; n > 0; n--) {
    const head = `${words
      .slice(0, n)
      .join(' ')
      .replace(/[,:;–-]+$/u, '')}…`;
    // Not inside an unclosed "(…": the visible words must read as a prefix of the accessible
    // name, and a dangling parenthesis makes them not (axe label-content-name-mismatch).
    const open = (head.match(/\(/gu) ?? []).length > (head.match(/\)/gu) ?? []).length;
    if (!open && widthOf(head) <= roomPx) return head;
  }
  let cut = text.length - 1;
  while (cut > 1 && widthOf(`${text.slice(0, cut)}…`) > roomPx) cut--;
  return `${text.slice(0, cut)}…`;
}

const identity = (ms: number) => ms;

/**
 * Lays out the visible part of the timeline: culls, picks the level of detail, places labels into
 * rows without overlap and turns what does not fit into cluster badges in the row below.
 * Pure and O(log n + visible), so it can run on every zoom frame (marker groups are remembered
 * per lane and scale: markerIndexOf).
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
    dotPx: 10,
    ...options,
  };
  const x = options.x ?? ((ms: number) => timeToX(ms, domain, widthPx));
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
    const toWarped = o.toWarped ?? identity;
    const warpedStart = toWarped(domain[0]);
    const view = {
      domain,
      warpedStart,
      pxPerW: widthPx / (toWarped(domain[1]) - warpedStart),
      maxSpanMs: data.maxSpanMs,
    };
    const lanes = ranges.map(({ lane, items }) => ({
      lane,
      marks: markerIndexOf(items, toWarped, view, o, o.rows),
    }));
    return { detail, visibleCount, lanes };
  }
  const visible = ranges.map(({ lane, items }) => ({
    lane,
    items: cullItems(items, domain, data.maxSpanMs),
  }));
  const widthOf = o.textWidthOf ?? ((text: string) => text.length * o.charPx);
  const lanes = visible.map(({ lane, items }) => {
    const fullLabels = items.map((it) => o.labelOf(it, detail));
    // One char of slack: an estimate is an average, and free room costs nothing.
    const textPx = fullLabels.map((text) => widthOf(text) + o.charPx);
    const boxes = items.map((it, i) =>
      labelBox(it, textPx[i]!, x, widthPx, o, it.id === o.pinnedId),
    );
    // Rows are assigned in x0 order (compact), except that the pinned event (selected, presented)
    // claims its row first, so it is never the one left as a bare marker.
    const order = boxes.map((_, i) => i).sort((a, b) => boxes[a]!.capped.x0 - boxes[b]!.capped.x0);
    const pinned = order.findIndex((i) => items[i]!.id === o.pinnedId);
    const rowsIn = (extents: Extent[]) => {
      const first = pinned < 0 ? order : [order[pinned]!, ...order.filter((_, k) => k !== pinned)];
      const found = dodgeRows(
        first.map((i) => extents[i]!),
        o.rows,
        o.gapPx,
      );
      const rows: number[] = [];
      first.forEach((i, k) => (rows[i] = found[k]!));
      return rows;
    };
    // Whole labels first; if that leaves any event without a row, capped labels (fewer badges),
    // which then grow into whatever room their rows leave.
    const whole = boxes.map((b) => b.whole);
    const wholeRows = rowsIn(whole);
    const fits = !wholeRows.includes(-1);
    const rows = fits ? wholeRows : rowsIn(boxes.map((b) => b.capped));
    let extents = whole;
    if (!fits) {
      const grown = growExtents(
        order.map((i) => boxes[i]!.capped),
        order.map((i) => rows[i]!),
        order.map((i) => (boxes[i]!.left ? boxes[i]!.capped.x1 : boxes[i]!.whole.x1)),
        o.gapPx,
        widthPx,
      );
      extents = [];
      order.forEach((i, k) => (extents[i] = grown[k]!));
    }
    const marks: Mark[] = [];
    const overflow: TimelineItem[] = [];
    items.forEach((item, i) => {
      const row = rows[i]!;
      if (row < 0) return overflow.push(item);
      const { x0, x1 } = extents[i]!;
      const room = Math.min(x1, widthPx) - Math.max(0, x0) - o.labelPadPx;
      marks.push({
        kind: 'event',
        id: item.id,
        item,
        row,
        x0,
        x1,
        barX0: x(item.start),
        barX1: x(item.end),
        label: shortenAtWord(fullLabels[i]!, room, widthOf),
        fullLabel: fullLabels[i]!,
        labelLeft: boxes[i]!.left,
      });
    });
    return {
      lane,
      marks: marks.concat(markersOf(overflow, 0, overflow.length, domain, x, o, o.rows)),
    };
  });
  return { detail, visibleCount, lanes };
}
