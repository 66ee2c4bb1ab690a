import { useCallback, type KeyboardEvent } from 'react';
import { centerDomainOn, panDomain, zoomDomain, type Domain } from '../../timeline/domain';
import type { Mark } from '../../timeline/layoutTimeline';
import type { TimelineItem } from '../../timeline/toTimelineItems';

export const KEY_ZOOM_FACTOR = 1.5;
/** Arrow-key pan step as a share of the width. */
const PAN_SHARE = 0.2;

export interface TimelineKeysInput {
  /** Visible domain in warped time (see TimeWarp); report takes warped domains too. */
  domain: Domain;
  /**
   * The last domain reported (clamped; report keeps it), before React has drawn it: keys pressed
   * in quick succession (+ + +) each build on the one before, not all on the same stale domain.
   */
  latest?: { current: Domain };
  widthPx: number;
  items: readonly TimelineItem[];
  indexOf: ReadonlyMap<string, number>;
  marks: ReadonlyMap<string, Mark>;
  /** Real UTC ms → the warped time the domain is in. */
  toWarped: (ms: number) => number;
  report: (d: Domain) => void;
  /** Move keyboard focus to this event (or the cluster holding it) after the next render. */
  focusEvent: (id: string) => void;
  onEscape: () => void;
}

/**
 * Keyboard for the timeline region: +/- zoom (around the focused mark), arrows pan, or step
 * between events in time order when a mark has focus; Home/End jump to the first/last event.
 */
export function useTimelineKeys(k: TimelineKeysInput): (e: KeyboardEvent) => void {
  return useCallback(
    (e: KeyboardEvent) => {
      const { widthPx, items, toWarped } = k;
      const domain = k.latest?.current ?? k.domain;
      const { report } = k;
      const markId = (e.target as Element).getAttribute?.('data-mark-id');
      const mark = markId ? k.marks.get(markId) : undefined;
      const anchor = mark
        ? mark.kind === 'event'
          ? toWarped(mark.item.start)
          : toWarped((mark.start + mark.end) / 2)
        : undefined;
      // The whole event in view: centred, and zoomed out when it is wider than the view.
      const goTo = (item: TimelineItem | undefined) => {
        if (!item) return;
        const [s, e] = [toWarped(item.start), toWarped(item.end)];
        const span = domain[1] - domain[0];
        if (e - s > span * 0.8) report(zoomDomain([s, e], 0.8, (s + e) / 2));
        else if (s < domain[0] || e > domain[1]) report(centerDomainOn(domain, (s + e) / 2));
        k.focusEvent(item.id);
      };
      const step = (dir: 1 | -1) => {
        if (!mark) return report(panDomain(domain, -dir * PAN_SHARE * widthPx, widthPx));
        const edgeId =
          mark.kind === 'event' ? mark.id : dir > 0 ? mark.eventIds.at(-1)! : mark.eventIds[0]!;
        goTo(items[(k.indexOf.get(edgeId) ?? 0) + dir]);
      };
      const actions: Record<string, () => void> = {
        '+': () => report(zoomDomain(domain, KEY_ZOOM_FACTOR, anchor)),
        '=': () => report(zoomDomain(domain, KEY_ZOOM_FACTOR, anchor)),
        '-': () => report(zoomDomain(domain, 1 / KEY_ZOOM_FACTOR, anchor)),
        _: () => report(zoomDomain(domain, 1 / KEY_ZOOM_FACTOR, anchor)),
        ArrowRight: () => step(1),
        ArrowLeft: () => step(-1),
        Home: () => goTo(items[0]),
        End: () => goTo(items.at(-1)),
        Escape: k.onEscape,
      };
      const action = actions[e.key];
      if (!action || e.altKey || e.ctrlKey || e.metaKey) return;
      e.preventDefault();
      action();
    },
    [k],
  );
}
