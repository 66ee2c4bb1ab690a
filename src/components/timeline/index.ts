// Public surface of the timeline view; the app mounts these and wires them to its store and i18n.
export { TimelineView, type TimelineViewProps } from './TimelineView';
export { ZoomControls, type ZoomControlsProps, type ZoomControlsLabels } from './ZoomControls';
export { OverviewStrip, type OverviewStripProps } from './OverviewStrip';
export { dateLocaleOf, type TimelineLang } from './dateLocaleOf';
export { defaultLabelsOf, overviewKeysHintOf, type TimelineLabels } from './timelineLabels';
export type { FormatDate } from './eventDateText';
export { TimelineLegend, type LegendLabels } from './TimelineLegend';
