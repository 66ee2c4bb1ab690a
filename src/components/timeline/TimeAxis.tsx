import { memo } from 'react';
import type { Tick } from '../../timeline/ticks';

export interface TimeAxisProps {
  ticks: readonly Tick[];
  x: (ms: number) => number;
  format: (tick: Tick) => string;
  heightPx: number;
  axisPx: number;
  /** Tick label font size, px (labels sit on a baseline that scales with it). */
  fontPx: number;
  /** Plot width, px: a label that would run past it is left out (its tick line stays). */
  widthPx?: number;
}

/** Tick lines across the lanes and their labels on top. Decorative: dates are in event names. */
export const TimeAxis = memo(function TimeAxis({
  ticks,
  x,
  format,
  heightPx,
  axisPx,
  fontPx,
  widthPx = Infinity,
}: TimeAxisProps) {
  return (
    <g aria-hidden="true" className="tl-axis">
      {ticks.map((t) => {
        const px = Math.round(x(t.ms)) + 0.5;
        const text = format(t);
        // ~0.62 em a character (bold year labels are the widest): never cut a label at the edge.
        const fits = px + 3 + text.length * fontPx * 0.62 <= widthPx;
        return (
          <g key={t.ms} transform={`translate(${px},0)`}>
            <line
              y1={axisPx - fontPx / 2}
              y2={heightPx}
              className={t.major ? 'tl-tick-major' : 'tl-tick'}
            />
            {fits && (
              <text
                x={3}
                y={axisPx - fontPx * 0.8}
                className={t.major ? 'tl-tick-label tl-tick-label-major' : 'tl-tick-label'}
              >
                {text}
              </text>
            )}
          </g>
        );
      })}
    </g>
  );
});
