import type { Event, Theme } from '../model/schema';

/** Lane order on screen, top to bottom; fixed so lanes never swap when data changes. */
export const THEME_ORDER: readonly Theme[] = [
  'party',
  'elections',
  'constitution',
  'reforms',
  'society',
  'international',
];

/** The lane an event is drawn in: its first (primary) theme. */
export function laneOf(event: Pick<Event, 'themes'>): Theme {
  return event.themes[0] ?? 'society';
}

/**
 * The lanes to draw: the themes that hold at least one event, in THEME_ORDER.
 * @example lanesOf([{ themes: ['society'] }, { themes: ['party'] }]) // ['party', 'society']
 */
export function lanesOf(events: Iterable<Pick<Event, 'themes'>>): Theme[] {
  const present = new Set<Theme>();
  for (const e of events) present.add(laneOf(e));
  return THEME_ORDER.filter((t) => present.has(t));
}
