import { memo, type KeyboardEvent } from 'react';
import type { Theme } from '../../model/schema';
import type { Mark } from '../../timeline/layoutTimeline';
import { isPointItem } from '../../timeline/toTimelineItems';
import type { TimelineGeometry } from './timelineGeometry';

export interface TimelineMarkViewProps {
  mark: Mark;
  lane: Theme;
  /** Top of the mark's row, px. */
  y: number;
  widthPx: number;
  /** Row, bar and dot sizes, scaled with the font. */
  geometry: TimelineGeometry;
  /** Prefix of this timeline's gradient ids (unique per instance). */
  gradientId: string;
  name: string;
  selected: boolean;
  tabbable: boolean;
  onActivate: (mark: Mark) => void;
}

// Bars are clipped a little beyond the plot so huge spans stay cheap to rasterise.
const clip = (x: number, w: number) => Math.max(-20, Math.min(w + 20, x));

/**
 * One focusable button on the timeline: an event (bar or dot, optional label) or a cluster badge.
 * Planned events are dashed outlines with a text cue; intervals fade (gradient) toward open ends.
 */
export const TimelineMarkView = memo(function TimelineMarkView(p: TimelineMarkViewProps) {
  const { mark, lane, y, widthPx, selected } = p;
  const { rowPx, barPx, dotPx, fontPx } = p.geometry;
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Enter' && e.key !== ' ') return;
    e.preventDefault();
    p.onActivate(mark);
  };
  const common = {
    role: 'button',
    tabIndex: p.tabbable ? 0 : -1,
    'aria-label': p.name,
    'aria-pressed': mark.kind === 'event' ? selected : undefined,
    'data-mark-id': mark.id,
    className: `tl-mark${selected ? ' tl-selected' : ''}`,
    onClick: () => p.onActivate(mark),
    onKeyDown,
  };
  const color = `var(--tl-lane-${lane})`;
  if (mark.kind === 'cluster') {
    const w = Math.max(mark.x1 - mark.x0, fontPx * 1.2);
    return (
      <g {...common} transform={`translate(${mark.x0},${y})`}>
        <rect className="tl-focus" x={-3} y={-1} width={w + 6} height={rowPx} rx={6} />
        <rect x={0} y={2} width={w} height={rowPx - 6} rx={6} style={{ fill: color }} />
        <text
          x={w / 2}
          y={rowPx / 2 - 1}
          dominantBaseline="central"
          textAnchor="middle"
          className="tl-cluster-text"
          aria-hidden="true"
        >
          {mark.count}
        </text>
      </g>
    );
  }
  const { item } = mark;
  const b0 = clip(mark.barX0, widthPx);
  const b1 = clip(mark.barX1, widthPx);
  const isDot = mark.label === null || b1 - b0 < dotPx || isPointItem(item);
  const fade = item.openEnd
    ? `url(#${p.gradientId}-fade-${lane})`
    : item.openStart
      ? `url(#${p.gradientId}-fadein-${lane})`
      : color;
  const fill = item.planned ? 'var(--tl-c-bg)' : item.openEnd || item.openStart ? fade : color;
  const shape = isDot ? (
    <circle
      cx={b0 + dotPx / 2}
      cy={rowPx / 2 - 1}
      r={dotPx / 2 - 1}
      style={{ fill, stroke: color }}
      strokeWidth={1.5}
      strokeDasharray={item.planned ? '2 2' : undefined}
    />
  ) : (
    <rect
      x={b0}
      y={2}
      width={b1 - b0}
      height={barPx}
      style={{ fill, stroke: item.planned ? color : 'none' }}
      strokeDasharray={item.planned ? '3 2' : undefined}
    />
  );
  const left = mark.labelLeft === true;
  // Beside the dot, or under the bar; near the right edge the label ends at the mark instead.
  const labelX = left
    ? isDot
      ? b0 - 2
      : mark.x1
    : Math.max(mark.x0, isDot ? b0 + dotPx + 2 : mark.x0);
  const shortened = mark.fullLabel !== undefined && mark.label !== mark.fullLabel;
  return (
    <g {...common} className={`${common.className}${item.planned ? ' tl-planned' : ''}`}>
      {shortened && <title>{mark.fullLabel}</title>}
      <rect
        className="tl-focus"
        x={mark.x0 - 3}
        y={y - 1}
        width={mark.x1 - mark.x0 + 6}
        height={rowPx}
        rx={3}
      />
      <g transform={`translate(0,${y})`}>
        {shape}
        {mark.label !== null && (
          // Laid out to fit (shortened at a word when it must), so it is never clipped mid-letter.
          <text
            x={labelX}
            y={isDot ? rowPx / 2 - 1 + fontPx * 0.35 : barPx + 1 + fontPx * 0.85}
            textAnchor={left ? 'end' : 'start'}
            className="tl-label"
          >
            {shortened && mark.label.endsWith('…') ? (
              // The visible words stay a prefix of the accessible name (WCAG 2.5.3); the "…" is
              // decoration.
              <>
                {mark.label.slice(0, -1)}
                <tspan aria-hidden="true">…</tspan>
              </>
            ) : (
              mark.label
            )}
          </text>
        )}
        {mark.label !== null && shortened && (
          // The whole title while the mark has keyboard focus (hover has the <title> tooltip).
          <text
            x={labelX}
            y={isDot ? rowPx / 2 - 1 + fontPx * 0.35 : barPx + 1 + fontPx * 0.85}
            textAnchor={left ? 'end' : 'start'}
            className="tl-label-full"
            aria-hidden="true"
          >
            {mark.fullLabel}
          </text>
        )}
      </g>
    </g>
  );
});
