import { useCallback, type KeyboardEvent } from 'react';
import { centerDomainOn, panDomain, zoomDomain, type Domain } from '../../timeline/domain';
import type { Mark } from '../../timeline/layoutTimeline';
import type { TimelineItem } from '../../timeline/toTimelineItems';

export const KEY_ZOOM_FACTOR = 1.5;
/** Arrow-key pan step as a share of the width. */
const PAN_SHARE = 0.2;

export interface TimelineKeysInput {
  domain: Domain;
  widthPx: number;
  items: readonly TimelineItem[];
  indexOf: ReadonlyMap<string, number>;
  marks: ReadonlyMap<string, Mark>;
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
      const { domain, widthPx, items, report } = k;
      const markId = (e.target as Element).getAttribute?.('data-mark-id');
      const mark = markId ? k.marks.get(markId) : undefined;
      const anchor = mark
        ? mark.kind === 'event'
          ? mark.item.start
          : (mark.start + mark.end) / 2
        : undefined;
      const goTo = (item: TimelineItem | undefined) => {
        if (!item) return;
        if (item.start < domain[0] || item.start >= domain[1])
          report(centerDomainOn(domain, item.start));
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
