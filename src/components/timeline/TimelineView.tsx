import { useOptionalNowMs } from '../NowContext';
import { useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef } from 'react';
import type { Event } from '../../model/schema';
import { clampDomain, DAY_MS, fitDomain, yearDomain, type Domain } from '../../timeline/domain';
import { clusterZoomDomain } from '../../timeline/clusterZoomDomain';
import type { Mark } from '../../timeline/layoutTimeline';
import { markOfEvent } from '../../timeline/markOfEvent';
import { MIN_TICK_SPACING_PX, warpedTicks, type Tick } from '../../timeline/ticks';
import type { TimeWarp } from '../../timeline/timeWarp';
import { toTimelineItems } from '../../timeline/toTimelineItems';
import { defaultDateFormatOf, defaultTickFormatOf, type TimelineLang } from './dateLocaleOf';
import { markNameOf, type FormatDate } from './eventDateText';
import { GapBands } from './GapBands';
import { TimeAxis } from './TimeAxis';
import { TimelineDefs } from './TimelineDefs';
import { defaultLabelsOf, type TimelineLabels } from './timelineLabels';
import { TimelineLane } from './TimelineLane';
import { DEFAULT_FONT_PX, geometryOf } from './timelineGeometry';
import { useCanvasMarks } from './useCanvasMarks';
import { useElementWidth } from './useElementWidth';
import { useLaneBoxes } from './useLaneBoxes';
import { useRovingFocus } from './useRovingFocus';
import { useTimelineKeys } from './useTimelineKeys';
import { useTimelineLayout } from './useTimelineLayout';
import { useTimelineStyle } from './useTimelineStyle';
import { useWarpedScale } from './useWarpedScale';
import { useLiveDomain } from './useLiveDomain';
import { onLiveViewport, sendLiveViewport } from './liveViewport';
import { useZoomAdapter } from './useZoomAdapter';
import './timeline.css';

export interface TimelineViewProps {
  events: readonly Event[];
  /** Visible domain, UTC ms [start, end). Controlled: the store holds it. */
  domain: readonly [number, number];
  /** Called with a clamped domain on wheel, pinch, drag and keyboard zoom/pan. */
  onDomainChange: (domain: [number, number]) => void;
  selectedId: string | null;
  /** Called with an event id on click/Enter, null on Escape. */
  onSelect: (id: string | null) => void;
  lang: TimelineLang;
  /** Title in the UI language (the app picks title.kk/ru/en or a transliteration). Keep it stable
   * (module-level or useCallback): accessible names are cached per titleOf. */
  titleOf: (event: Event) => string;
  /** No animated transitions (prefers-reduced-motion or the app's setting). */
  reducedMotion: boolean;
  /** Words (region name, "planned", lane names); defaults are built in per lang. */
  labels?: Partial<TimelineLabels>;
  /** Event date text; default date-fns with the lang's locale. */
  formatDate?: FormatDate;
  /** Tick label text; default formatTick with the lang's locale. */
  formatTickLabel?: (tick: Tick) => string;
  /** Zoom-out limit; default all events with 5 % padding. */
  fullDomain?: readonly [number, number];
  /** Width to assume before layout is measured (and in jsdom), px. */
  initialWidth?: number;
  /** How long empty stretches are compressed; default built from the events (createTimeWarp). */
  warp?: TimeWarp;
}

const ROWS = 4;
const MIN_SPAN_MS = 3 * DAY_MS;

/**
 * The zoomable timeline: one lane per theme, events as focusable buttons (roving tabindex),
 * crowded stretches as cluster badges. Zoom/pan: wheel, pinch, drag (d3-zoom), +/-, arrows, Home/End.
 * @example <TimelineView events={events} domain={d} onDomainChange={setD} selectedId={id} onSelect={setId} lang="kk" titleOf={(e) => e.title.kk} reducedMotion={false} />
 */
export function TimelineView(props: TimelineViewProps) {
  const { events, onDomainChange, selectedId, onSelect, lang, titleOf, reducedMotion } = props;
  const rootRef = useRef<HTMLDivElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const width = useElementWidth(rootRef, props.initialWidth);
  const nowMs = useOptionalNowMs();
  const data = useMemo(() => toTimelineItems(events, nowMs), [events, nowMs]);
  const indexOf = useMemo(() => new Map(data.items.map((it, i) => [it.id, i])), [data]);
  const fitted = useMemo(() => fitDomain(data.items, 0.05) ?? yearDomain(2022), [data]);
  const [f0, f1] = props.fullDomain ?? fitted;
  const full = useMemo<Domain>(() => [f0, f1], [f0, f1]);
  const [p0, p1] = clampDomain(props.domain, full, MIN_SPAN_MS);
  const report = useCallback(
    (next: Domain) => {
      const c = clampDomain(next, full, MIN_SPAN_MS);
      if (c[0] !== p0 || c[1] !== p1) onDomainChange([c[0], c[1]]);
    },
    [full, p0, p1, onDomainChange],
  );
  // The parent hears of what a gesture draws once it settles (report); meanwhile the gesture's
  // own domain is the one drawn.
  const [live, moveLive, cancelLive] = useLiveDomain(report);
  const gesturing = live !== null;
  const [d0, d1] = live ?? [p0, p1];
  const domain = useMemo<Domain>(() => [d0, d1], [d0, d1]);
  const { warp, wDomain, wFull, x, fromWarped } = useWarpedScale(
    data,
    props.warp,
    domain,
    full,
    width,
  );
  const labels = useMemo(
    () => ({ ...defaultLabelsOf(lang), ...props.labels }),
    [lang, props.labels],
  );
  const formatDate = useMemo<FormatDate>(
    () => props.formatDate ?? defaultDateFormatOf(lang),
    [props.formatDate, lang],
  );
  const formatTickLabel = useMemo<(t: Tick) => string>(
    () => props.formatTickLabel ?? defaultTickFormatOf(lang),
    [props.formatTickLabel, lang],
  );
  // Gradient ids must be unique per instance: two timelines on a page would share them.
  const gradientId = `tl${useId().replace(/[^\w-]/g, '')}`;
  const style = useTimelineStyle(rootRef, width, data.lanes);
  const geometry = useMemo(() => geometryOf(style.fontPx, ROWS), [style.fontPx]);

  const layout = useTimelineLayout(data, domain, width, {
    rows: ROWS,
    geometry,
    family: style.canvas.family,
    titleOf,
    labels,
    formatDate,
    x,
    toWarped: warp.toWarped,
    pinnedId: selectedId,
  });
  const marks = useMemo(
    () => new Map(layout.lanes.flatMap((l) => l.marks.map((m) => [m.id, m] as const))),
    [layout],
  );
  const markOfId = useCallback(
    (id: string) => {
      const item = data.items[indexOf.get(id) ?? -1];
      return item && markOfEvent(layout.lanes, item);
    },
    [data, indexOf, layout],
  );
  const { lanesBox, occupied, heightPx } = useLaneBoxes(data, layout, geometry);

  // A new domain from the parent (buttons, keys, overview, a link) wins over a gesture's.
  useLayoutEffect(() => cancelLive(), [p0, p1, cancelLive]);
  useLayoutEffect(() => {
    if (live && rootRef.current) sendLiveViewport(rootRef.current, live);
  }, [live]);
  // The overview strip's window being dragged: drawn here live, reported by the strip at its end.
  useEffect(() => {
    const root = rootRef.current;
    const host = root?.parentElement;
    if (!root || !host) return;
    return onLiveViewport(host, root, (d) => moveLive(clampDomain(d, full, MIN_SPAN_MS)));
  }, [moveLive, full]);
  const onGesture = useCallback(
    (next: Domain) => moveLive(clampDomain(fromWarped(next), full, MIN_SPAN_MS)),
    [moveLive, fromWarped, full],
  );
  useZoomAdapter(
    svgRef,
    {
      domain: wDomain,
      full: wFull,
      widthPx: width,
      heightPx,
      minSpanMs: MIN_SPAN_MS,
      reducedMotion,
    },
    onGesture,
  );

  const { tabbableId, focusEvent } = useRovingFocus(
    rootRef,
    markOfId,
    selectedId,
    layout.lanes[0]?.marks[0]?.id,
  );

  // Keys zoom from the last domain they reported until the new one is drawn (then from props).
  const latestKeyDomain = useRef<Domain>(wDomain);
  useLayoutEffect(() => {
    latestKeyDomain.current = wDomain;
  }, [wDomain]);
  const keyInput = useMemo(
    () => ({
      domain: wDomain,
      latest: latestKeyDomain,
      widthPx: width,
      items: data.items,
      indexOf,
      marks,
      toWarped: warp.toWarped,
      report: (w: Domain) => {
        const c = clampDomain(fromWarped(w), full, MIN_SPAN_MS);
        latestKeyDomain.current = [warp.toWarped(c[0]), warp.toWarped(c[1])];
        report(c);
      },
      focusEvent,
      onEscape: () => onSelect(null),
    }),
    [wDomain, width, data, indexOf, marks, warp, full, report, fromWarped, focusEvent, onSelect],
  );
  const onKeyDown = useTimelineKeys(keyInput);
  const onActivate = useCallback(
    (mark: Mark) => {
      if (mark.kind === 'event') return onSelect(mark.id);
      report(clusterZoomDomain(mark, domain, MIN_SPAN_MS));
      focusEvent(mark.eventIds[0]!);
    },
    [onSelect, report, focusEvent, domain],
  );
  const { canvasRef, hasCanvas, isSvg, onSvgClick } = useCanvasMarks({
    layout,
    widthPx: width,
    heightPx,
    geometry,
    lanesBox,
    style: style.canvas,
    gesturing,
    tabbableId,
    selectedId,
    onActivate,
  });
  const tickSpacing = (MIN_TICK_SPACING_PX * geometry.fontPx) / DEFAULT_FONT_PX;

  return (
    <div
      ref={rootRef}
      className="shejire-timeline"
      role="region"
      aria-roledescription="timeline"
      aria-label={labels.region}
      tabIndex={0}
      onKeyDown={onKeyDown}
      data-detail={layout.detail}
    >
      {hasCanvas && (
        <canvas
          ref={canvasRef}
          className="tl-canvas"
          style={{ width, height: heightPx }}
          aria-hidden="true"
        />
      )}
      <svg ref={svgRef} width={width} height={heightPx} className="tl-svg" onClick={onSvgClick}>
        <TimelineDefs lanes={data.lanes} idPrefix={gradientId} />
        <rect width={width} height={heightPx} className="tl-bg" />
        <GapBands
          gaps={warp.gaps}
          x={x}
          widthPx={width}
          heightPx={heightPx}
          axisPx={geometry.axisPx}
          fontPx={geometry.fontPx}
          formatDate={formatDate}
          describe={labels.gap}
          occupied={occupied}
        />
        <TimeAxis
          ticks={warpedTicks(domain, width, tickSpacing, warp)}
          x={x}
          format={formatTickLabel}
          heightPx={heightPx}
          axisPx={geometry.axisPx}
          fontPx={geometry.fontPx}
          widthPx={width}
        />
        {layout.lanes.map((lane, i) =>
          lanesBox.heights[i] === 0 ? null : (
            <TimelineLane
              key={lane.lane}
              lane={lane}
              top={lanesBox.tops[i]!}
              name={labels.lanes[lane.lane]}
              widthPx={width}
              geometry={geometry}
              isSvg={isSvg}
              markProps={(m) => ({
                gradientId,
                name: markNameOf(m, labels, titleOf, formatDate),
                selected: m.id === selectedId,
                tabbable: m.id === tabbableId,
                onActivate,
              })}
            />
          ),
        )}
      </svg>
    </div>
  );
}
