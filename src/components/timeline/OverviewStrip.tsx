import { brushX, type BrushBehavior, type D3BrushEvent } from 'd3-brush';
import { select } from 'd3-selection';
import { useEffect, useLayoutEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import type { Event } from '../../model/schema';
import {
  clampDomain,
  DAY_MS,
  panDomain,
  timeToX,
  xToTime,
  type Domain,
} from '../../timeline/domain';
import { toTimelineItems } from '../../timeline/toTimelineItems';
import { useElementWidth } from './useElementWidth';

export interface OverviewStripProps {
  events: readonly Event[];
  /** Visible domain of the main view, UTC ms. */
  domain: readonly [number, number];
  /** The whole span the strip shows (the main view's zoom-out limit). */
  fullDomain: readonly [number, number];
  onDomainChange: (domain: [number, number]) => void;
  /** Accessible name, e.g. "Барлық кезең". */
  label?: string;
  heightPx?: number;
  initialWidth?: number;
}

const MIN_SPAN_MS = 3 * DAY_MS;

/** Events per pixel column, as one path of bars: the shape of the whole history at a glance. */
function densityPath(
  starts: readonly number[],
  full: Domain,
  width: number,
  height: number,
): string {
  const bins = new Float64Array(Math.max(1, Math.ceil(width)));
  for (const s of starts) {
    const i = Math.floor(timeToX(s, full, width));
    if (i >= 0 && i < bins.length) bins[i]! += 1;
  }
  const max = Math.max(1, ...bins);
  let d = '';
  bins.forEach((n, i) => {
    if (n > 0)
      d += `M${i},${height}v${-Math.max(1, (Math.sqrt(n) / Math.sqrt(max)) * (height - 4))}h1v${height}z`;
  });
  return d;
}

/**
 * The whole span under the main view with a draggable, resizable window (d3-brush), kept in sync
 * both ways: brushing reports a domain, a new domain prop moves the brush. Arrow keys pan it.
 */
export function OverviewStrip(p: OverviewStripProps) {
  const rootRef = useRef<HTMLDivElement>(null);
  const gRef = useRef<SVGGElement>(null);
  const brushRef = useRef<BrushBehavior<unknown> | null>(null);
  const height = p.heightPx ?? 40;
  const width = useElementWidth(rootRef, p.initialWidth);
  const full = useMemo<Domain>(() => [p.fullDomain[0], p.fullDomain[1]], [p.fullDomain]);
  const starts = useMemo(() => toTimelineItems(p.events).items.map((i) => i.start), [p.events]);
  const path = useMemo(
    () => densityPath(starts, full, width, height),
    [starts, full, width, height],
  );
  const latest = useRef(p);
  useLayoutEffect(() => {
    latest.current = p;
  });

  // One effect creates and destroys the brush; user brushing carries a sourceEvent, our moves don't.
  useEffect(() => {
    const g = gRef.current;
    if (!g) return;
    const brush = brushX<unknown>()
      .extent([
        [0, 0],
        [width, height],
      ])
      .on('brush end', (ev: D3BrushEvent<unknown>) => {
        if (!ev.sourceEvent || !ev.selection) return;
        const [a, b] = ev.selection as [number, number];
        const next = clampDomain(
          [xToTime(a, full, width), xToTime(b, full, width)],
          full,
          MIN_SPAN_MS,
        );
        latest.current.onDomainChange([next[0], next[1]]);
      });
    brushRef.current = brush;
    select(g).call(brush);
    return () => {
      select(g).on('.brush', null).selectAll('*').remove();
      brushRef.current = null;
    };
  }, [full, width, height]);

  const [d0, d1] = p.domain;
  useEffect(() => {
    const g = gRef.current;
    if (g && brushRef.current)
      select(g).call(brushRef.current.move, [timeToX(d0, full, width), timeToX(d1, full, width)]);
  }, [d0, d1, full, width, height]);

  const onKeyDown = (e: KeyboardEvent) => {
    const dir = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (!dir) return;
    e.preventDefault();
    const next = clampDomain(panDomain([d0, d1], (-dir * width) / 10, width), full, MIN_SPAN_MS);
    p.onDomainChange([next[0], next[1]]);
  };

  return (
    <div
      ref={rootRef}
      className="tl-overview"
      role="group"
      aria-label={p.label ?? 'Overview'}
      tabIndex={0}
      onKeyDown={onKeyDown}
    >
      <svg width={width} height={height} style={{ display: 'block' }}>
        <path d={path} className="tl-overview-density" />
        <g ref={gRef} className="tl-overview-brush" />
      </svg>
    </div>
  );
}
