import type { LaneLayout, Mark } from '../../timeline/layoutTimeline';
import { rowTopOf, type TimelineGeometry } from './timelineGeometry';
import { TimelineMarkView, type TimelineMarkViewProps } from './TimelineMarkView';

export interface TimelineLaneProps {
  lane: LaneLayout;
  /** Top of the lane in the drawing, px. */
  top: number;
  /** The lane's name in the UI language: its group's accessible name and its heading. */
  name: string;
  widthPx: number;
  geometry: TimelineGeometry;
  /** Whether a mark is drawn as an SVG button (the others are on the canvas). */
  isSvg: (mark: Mark) => boolean;
  /** What each mark's button says and does. */
  markProps: (
    mark: Mark,
  ) => Pick<TimelineMarkViewProps, 'gradientId' | 'name' | 'selected' | 'tabbable' | 'onActivate'>;
}

/** One theme's lane: a rule, its name, and its marks that are SVG buttons, as one labelled group. */
export function TimelineLane({
  lane,
  top,
  name,
  widthPx,
  geometry,
  isSvg,
  markProps,
}: TimelineLaneProps) {
  return (
    <g role="group" aria-label={name}>
      <line x1={0} x2={widthPx} y1={top} y2={top} className="tl-lane-rule" />
      <text x={4} y={top + geometry.laneHeadPx * 0.75} className="tl-lane-name" aria-hidden="true">
        {name}
      </text>
      {lane.marks.filter(isSvg).map((m) => (
        <TimelineMarkView
          key={m.id}
          mark={m}
          lane={lane.lane}
          y={rowTopOf(geometry, top, m.row)}
          widthPx={widthPx}
          geometry={geometry}
          {...markProps(m)}
        />
      ))}
    </g>
  );
}
