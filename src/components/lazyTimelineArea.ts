import { preloadable } from './preloadable';

/**
 * The timeline's chunk (d3 and the drawing code): startApp.tsx fetches it beside the data and the
 * app takes over from the static first view once both are in, so the timeline is drawn in the
 * app's first frame instead of a frame later (which moved everything below it down).
 */
export const TimelineArea = preloadable(() => import('./TimelineArea'));
