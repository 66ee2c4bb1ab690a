// Public surface of the pure timeline core (React-free). The zoom adapter is the one DOM-bound file.
export { edtfToRange, OPEN_END_MONTHS, type TimeRange } from './edtfToRange';
export {
  DAY_MS,
  timeToX,
  xToTime,
  clampDomain,
  zoomDomain,
  panDomain,
  centerDomainOn,
  yearDomain,
  fitDomain,
  type Domain,
} from './domain';
export { domainToTransform, transformToDomain, type ZoomTransform1D } from './transform';
export {
  ticks,
  chooseTickLevel,
  MIN_TICK_SPACING_PX,
  type Tick,
  type TickKey,
  type TickLevel,
} from './ticks';
export { formatTick, formatEventDate } from './formatTick';
export { THEME_ORDER, laneOf, lanesOf } from './lanes';
export { toTimelineItems, type TimelineItem, type TimelineItems } from './toTimelineItems';
export { cullItems, cullRange } from './cullItems';
export { dodgeRows, type Extent } from './dodgeRows';
export { growExtents } from './growExtents';
export { clusterZoomDomain } from './clusterZoomDomain';
export { overviewKeyDomain } from './overviewKeyDomain';
export { clusterExtents, type ExtentGroup } from './clusterExtents';
export { levelOfDetail, type Detail } from './levelOfDetail';
export {
  layoutTimeline,
  type ClusterMark,
  type PlacedEvent,
  type Mark,
  type LaneLayout,
  type TimelineLayout,
  type LayoutOptions,
} from './layoutTimeline';
export { createSyntheticEvents } from './synthetic';
export { createZoomAdapter, type ZoomAdapter, type ZoomAdapterOptions } from './createZoomAdapter';
export { coalesceFrames, type FrameCoalescer, type FrameScheduler } from './coalesceFrames';
export { groupMarkers, markersInView, type MarkerGroups, type MarkerView } from './markerGroups';
export { markerIndexOf } from './markerIndex';
export { yearsOf } from './yearsOf';
export { markAt } from './markAt';
export { markOfEvent } from './markOfEvent';
export { memoizeLabels } from './memoizeLabels';
