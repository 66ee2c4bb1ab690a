import { DAY_MS } from './domain';

/**
 * markers: dots and cluster badges only (too many events for words);
 * labels: titles, placed without overlap; detail: titles with their dates.
 */
export type Detail = 'markers' | 'labels' | 'detail';

/** More visible events than this per 1000 px and labels would mostly be clusters anyway. */
export const LABELS_PER_1000PX = 160;

/**
 * Chooses what to draw from how crowded the view is and how long a span it shows.
 * @example levelOfDetail(5000, 1000, 3650 * DAY_MS) // 'markers'
 */
export function levelOfDetail(visibleCount: number, widthPx: number, spanMs: number): Detail {
  const budget = (LABELS_PER_1000PX * widthPx) / 1000;
  if (visibleCount > budget) return 'markers';
  if (spanMs <= 120 * DAY_MS && visibleCount <= budget / 2) return 'detail';
  return 'labels';
}
