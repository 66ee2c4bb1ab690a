import { brushX, type BrushBehavior, type D3BrushEvent } from 'd3-brush';
import { select } from 'd3-selection';
import { useEffect, useId, useLayoutEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import type { Event } from '../../model/schema';
import { coalesceFrames } from '../../timeline/coalesceFrames';
import { clampDomain, DAY_MS, timeToX, xToTime, type Domain } from '../../timeline/domain';
import { overviewKeyDomain } from '../../timeline/overviewKeyDomain';
import type { TimeWarp } from '../../timeline/timeWarp';
import { toTimelineItems } from '../../timeline/toTimelineItems';
import { onLiveViewport, sendLiveViewport } from './liveViewport';
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
  /** The window as words for screen readers (aria-valuetext); default ISO dates. */
  formatRange?: (domain: Domain) => string;
  /** Keyboard help read after the name (e.g. "Shift+arrows resize the window"); none by default. */
  keysHint?: string;
  /** Default grows with the width, 40–80 px, so the window stays easy to grab on a projector. */
  heightPx?: number;
  initialWidth?: number;
  /** The main view's time warp, so both show the same compressed gaps; default none. */
  warp?: Pick<TimeWarp, 'toWarped' | 'fromWarped'>;
}

const NO_WARP = { toWarped: (ms: number) => ms, fromWarped: (v: number) => v };

const MIN_SPAN_MS = 3 * DAY_MS;

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const defaultFormatRange = (d: Domain) => `${isoDay(d[0])} – ${isoDay(d[1] - 1)}`;

/** Events per pixel column, as one path of bars: the shape of the whole history at a glance. */
function densityPath(
  starts: readonly number[],
  x: (ms: number) => number,
  width: number,
  height: number,
): string {
  const bins = new Float64Array(Math.max(1, Math.ceil(width)));
  for (const s of starts) {
    const i = Math.floor(x(s));
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
 * both ways: brushing reports a domain, a new domain prop moves the brush. For the keyboard it is a
 * slider over the window's position (see overviewKeyDomain): arrows pan, Shift+arrows resize,
 * and aria-valuetext reads the visible range after each step.
 */
export function OverviewStrip(p: OverviewStripProps) {
  const rootRef = useRef<HTMLDivElement>(null);
  const gRef = useRef<SVGGElement>(null);
  const brushRef = useRef<BrushBehavior<unknown> | null>(null);
  const width = useElementWidth(rootRef, p.initialWidth);
  const height = p.heightPx ?? Math.round(Math.min(80, Math.max(40, width * 0.022)));
  const hintId = useId();
  const full = useMemo<Domain>(() => [p.fullDomain[0], p.fullDomain[1]], [p.fullDomain]);
  const starts = useMemo(() => toTimelineItems(p.events).items.map((i) => i.start), [p.events]);
  const warp = p.warp ?? NO_WARP;
  const wFull = useMemo<Domain>(
    () => [warp.toWarped(full[0]), warp.toWarped(full[1])],
    [warp, full],
  );
  const toX = useMemo(
    () => (ms: number) => timeToX(warp.toWarped(ms), wFull, width),
    [warp, wFull, width],
  );
  const toTime = useMemo(
    () => (px: number) => warp.fromWarped(xToTime(px, wFull, width)),
    [warp, wFull, width],
  );
  const path = useMemo(() => densityPath(starts, toX, width, height), [starts, toX, width, height]);
  const latest = useRef(p);
  useLayoutEffect(() => {
    latest.current = p;
  });

  // While the window is dragged the timeline beside it follows frame by frame (a live viewport);
  // the store hears of the new range once, when the drag ends: a store write re-renders the app.
  const brushing = useRef(false);

  // One effect creates and destroys the brush; user brushing carries a sourceEvent, our moves don't.
  useEffect(() => {
    const g = gRef.current;
    if (!g) return;
    const live = coalesceFrames<Domain>((d) => {
      if (rootRef.current) sendLiveViewport(rootRef.current, d);
    });
    const brush = brushX<unknown>()
      .extent([
        [0, 0],
        [width, height],
      ])
      .on('start brush end', (ev: D3BrushEvent<unknown>) => {
        if (!ev.sourceEvent) return;
        brushing.current = ev.type !== 'end';
        if (ev.type === 'start') return;
        if (!ev.selection) return live.cancel();
        const [a, b] = ev.selection as [number, number];
        const next = clampDomain([toTime(a), toTime(b)], full, MIN_SPAN_MS);
        if (ev.type === 'brush') return live.push(next);
        live.cancel();
        latest.current.onDomainChange([next[0], next[1]]);
      });
    brushRef.current = brush;
    select(g).call(brush);
    return () => {
      live.cancel();
      select(g).on('.brush', null).selectAll('*').remove();
      brushRef.current = null;
    };
  }, [full, width, height, toTime]);

  const [d0, d1] = p.domain;
  useEffect(() => {
    const g = gRef.current;
    if (g && brushRef.current) select(g).call(brushRef.current.move, [toX(d0), toX(d1)]);
  }, [d0, d1, toX, width, height]);

  // A wheel or drag on the timeline beside the strip reaches the store (and the domain prop) once
  // it settles; until then the window follows the timeline's own frames (not while dragged here).
  useEffect(() => {
    const root = rootRef.current;
    const host = root?.parentElement;
    if (!root || !host) return;
    return onLiveViewport(host, root, ([a, b]) => {
      const g = gRef.current;
      if (g && brushRef.current && !brushing.current)
        select(g).call(brushRef.current.move, [toX(a), toX(b)]);
    });
  }, [toX]);

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const next = overviewKeyDomain(e.key, e.shiftKey, [d0, d1], full);
    if (!next) return;
    e.preventDefault();
    const c = clampDomain(next, full, MIN_SPAN_MS);
    if (c[0] !== d0 || c[1] !== d1) p.onDomainChange([c[0], c[1]]);
  };
  const centre = (((d0 + d1) / 2 - full[0]) / (full[1] - full[0])) * 100;

  return (
    <div
      ref={rootRef}
      className="tl-overview"
      role="slider"
      aria-label={p.label ?? 'Overview'}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={Math.round(Math.min(100, Math.max(0, centre)))}
      aria-valuetext={(p.formatRange ?? defaultFormatRange)([d0, d1])}
      aria-describedby={p.keysHint ? hintId : undefined}
      aria-keyshortcuts="ArrowLeft ArrowRight Shift+ArrowLeft Shift+ArrowRight Home End"
      tabIndex={0}
      onKeyDown={onKeyDown}
    >
      {p.keysHint && (
        <span id={hintId} className="tl-visually-hidden">
          {p.keysHint}
        </span>
      )}
      <svg width={width} height={height} style={{ display: 'block' }}>
        <path d={path} className="tl-overview-density" />
        <g ref={gRef} className="tl-overview-brush" />
      </svg>
    </div>
  );
}
