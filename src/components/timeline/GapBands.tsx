import { memo } from 'react';
import { freeStretch, type Box } from '../../timeline/freeStretch';
import type { TimeGap } from '../../timeline/timeWarp';
import type { FormatDate } from './eventDateText';

export interface GapBandsProps {
  gaps: readonly TimeGap[];
  x: (ms: number) => number;
  widthPx: number;
  heightPx: number;
  axisPx: number;
  fontPx: number;
  formatDate: FormatDate;
  /** Words for a gap, e.g. "2023–2025: no events". */
  describe: (range: string) => string;
  /** The boxes events' bars and labels take: a label running down a band keeps out of them. */
  occupied: readonly Box[];
}

const YEAR_OF = (ms: number) => new Date(ms).getUTCFullYear();

/** The whole years a gap covers ("2023–2025"), or its months when it covers no whole year. */
export function gapRangeText(g: TimeGap, formatDate: FormatDate): string {
  const first = YEAR_OF(g.start - 1) + 1;
  const last = YEAR_OF(g.end) - 1;
  if (first > last) return `${formatDate(g.start, 'month')} – ${formatDate(g.end - 1, 'month')}`;
  return first === last ? String(first) : `${first}–${last}`;
}

/**
 * Compressed stretches of time (see TimeWarp): a hatched band across the lanes with the years it
 * stands for in the axis, so a break in the scale is never mistaken for continuous time.
 */
export const GapBands = memo(function GapBands(p: GapBandsProps) {
  return (
    <g className="tl-gaps" aria-hidden="true">
      {p.gaps.map((g) => {
        const [a, b] = [p.x(g.start), p.x(g.end)];
        if (b < 0 || a > p.widthPx) return null;
        const range = gapRangeText(g, p.formatDate);
        // The years in the band when they fit (~0.55 em a character at 0.85 em), else in short.
        const fits = (text: string) => text.length * p.fontPx * 0.5 <= b - a - 4;
        const short = range.replace(/\b\d\d(\d\d)\b/gu, '’$1');
        const shown = fits(range) ? range : fits(short) ? short : '';
        // Too narrow for the axis (a phone): the years run down the band instead, where no
        // event's label crosses it; where every stretch is crossed the band's title tells them.
        const runPx = range.length * p.fontPx * 0.85 * 0.6;
        const top = p.axisPx + 4;
        const down =
          shown === '' && b - a >= p.fontPx * 1.1
            ? freeStretch(a, b, p.occupied, top, p.heightPx, runPx)
            : null;
        return (
          <g key={g.start}>
            <title>{p.describe(range)}</title>
            <rect x={a} y={0} width={b - a} height={p.heightPx} className="tl-gap" />
            <line x1={a} x2={a} y1={0} y2={p.heightPx} className="tl-gap-edge" />
            <line x1={b} x2={b} y1={0} y2={p.heightPx} className="tl-gap-edge" />
            <text
              x={(a + b) / 2}
              y={p.axisPx - p.fontPx * 0.8}
              textAnchor="middle"
              className="tl-gap-label"
            >
              {shown}
            </text>
            {down !== null && (
              <text
                transform={`translate(${(a + b) / 2 + p.fontPx * 0.3},${down}) rotate(90)`}
                className="tl-gap-label"
              >
                {range}
              </text>
            )}
          </g>
        );
      })}
    </g>
  );
});
