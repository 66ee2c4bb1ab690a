import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type MouseEvent,
} from 'react';
import type { Event } from '../../model/schema';
import {
  clampDomain,
  DAY_MS,
  fitDomain,
  timeToX,
  yearDomain,
  type Domain,
} from '../../timeline/domain';
import { formatEventDate, formatTick } from '../../timeline/formatTick';
import { layoutTimeline, type Mark } from '../../timeline/layoutTimeline';
import { markAt } from '../../timeline/markAt';
import { ticks, type Tick } from '../../timeline/ticks';
import { toTimelineItems } from '../../timeline/toTimelineItems';
import { dateLocaleOf, type TimelineLang } from './dateLocaleOf';
import { canDrawCanvas, drawMarks } from './drawMarks';
import { eventDateText, type FormatDate } from './eventDateText';
import { TimeAxis } from './TimeAxis';
import { TimelineDefs } from './TimelineDefs';
import { defaultLabelsOf, type TimelineLabels } from './timelineLabels';
import { ROW_PX, TimelineMarkView } from './TimelineMarkView';
import { useElementWidth } from './useElementWidth';
import { useTimelineKeys } from './useTimelineKeys';
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
}

const AXIS_PX = 28;
const LANE_HEAD_PX = 16;
const ROWS = 3;
const LANE_PX = LANE_HEAD_PX + (ROWS + 1) * ROW_PX + 6;
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
  const data = useMemo(() => toTimelineItems(events), [events]);
  const indexOf = useMemo(() => new Map(data.items.map((it, i) => [it.id, i])), [data]);
  const [f0, f1] = props.fullDomain ?? fitDomain(data.items, 0.05) ?? yearDomain(2022);
  const full = useMemo<Domain>(() => [f0, f1], [f0, f1]);
  const [d0, d1] = clampDomain(props.domain, full, MIN_SPAN_MS);
  const domain = useMemo<Domain>(() => [d0, d1], [d0, d1]);
  const labels = useMemo(
    () => ({ ...defaultLabelsOf(lang), ...props.labels }),
    [lang, props.labels],
  );
  const locale = dateLocaleOf(lang);
  const formatDate = useMemo<FormatDate>(
    () => props.formatDate ?? ((ms, p) => formatEventDate(ms, p, locale)),
    [props.formatDate, locale],
  );
  const formatTickLabel = props.formatTickLabel ?? ((t: Tick) => formatTick(t.ms, t.key, locale));

  const layout = useMemo(
    () =>
      layoutTimeline(data, domain, width, {
        rows: ROWS,
        labelOf: (it, detail) => {
          const title = it.planned ? `${titleOf(it.event)} (${labels.planned})` : titleOf(it.event);
          return detail === 'detail' ? `${title} · ${eventDateText(it, formatDate)}` : title;
        },
      }),
    [data, domain, width, titleOf, labels, formatDate],
  );
  const marks = useMemo(
    () => new Map(layout.lanes.flatMap((l) => l.marks.map((m) => [m.id, m] as const))),
    [layout],
  );
  const markOfEvent = useCallback(
    (id: string) =>
      marks.has(id)
        ? id
        : [...marks.values()].find((m) => m.kind === 'cluster' && m.eventIds.includes(id))?.id,
    [marks],
  );
  const heightPx = AXIS_PX + layout.lanes.length * LANE_PX;

  const report = useCallback(
    (next: Domain) => {
      const c = clampDomain(next, full, MIN_SPAN_MS);
      if (c[0] !== d0 || c[1] !== d1) onDomainChange([c[0], c[1]]);
    },
    [full, d0, d1, onDomainChange],
  );
  useZoomAdapter(
    svgRef,
    { domain, full, widthPx: width, heightPx, minSpanMs: MIN_SPAN_MS, reducedMotion },
    report,
  );

  // Roving tabindex: the focused mark, else the selected one, else the first drawn.
  const [focusId, setFocusId] = useState<string | null>(null);
  const pendingFocus = useRef(false);
  const focusEvent = useCallback((id: string) => {
    pendingFocus.current = true;
    setFocusId(id);
  }, []);
  const tabbableId =
    (focusId && markOfEvent(focusId)) ??
    (selectedId && markOfEvent(selectedId)) ??
    layout.lanes[0]?.marks[0]?.id;
  useEffect(() => {
    if (!pendingFocus.current || !tabbableId) return;
    const node = rootRef.current?.querySelector<SVGGElement>(`[data-mark-id="${tabbableId}"]`);
    if (node) {
      node.focus();
      pendingFocus.current = false;
    }
  });

  const keyInput = useMemo(
    () => ({
      domain,
      widthPx: width,
      items: data.items,
      indexOf,
      marks,
      report,
      focusEvent,
      onEscape: () => onSelect(null),
    }),
    [domain, width, data, indexOf, marks, report, focusEvent, onSelect],
  );
  const onKeyDown = useTimelineKeys(keyInput);
  const onActivate = useCallback(
    (mark: Mark) => {
      if (mark.kind === 'event') return onSelect(mark.id);
      report(fitDomain([mark], 0.15, MIN_SPAN_MS) ?? domain);
      focusEvent(mark.eventIds[0]!);
    },
    [onSelect, report, focusEvent, domain],
  );
  const nameOf = (m: Mark) =>
    m.kind === 'cluster'
      ? labels.cluster(m.count, formatDate(m.start, 'month'), formatDate(m.end - 1, 'month'))
      : [
          titleOf(m.item.event),
          eventDateText(m.item, formatDate),
          m.item.planned ? labels.planned : '',
        ]
          .filter(Boolean)
          .join(', ');
  const x = (ms: number) => timeToX(ms, domain, width);

  // Marker level goes to canvas (measured: SVG nodes cost too much per frame); only the tabbable
  // and the selected mark stay as SVG buttons, so keyboard and screen-reader access remain.
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const onCanvas = layout.detail === 'markers' && canDrawCanvas();
  const rowTop = (lane: number, row: number) =>
    AXIS_PX + lane * LANE_PX + LANE_HEAD_PX + row * ROW_PX;
  useLayoutEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    if (onCanvas) drawMarks(canvas, layout, { widthPx: width, heightPx, rowTop, rowPx: ROW_PX });
    else canvas.getContext('2d')?.clearRect(0, 0, canvas.width, canvas.height);
  });
  const onSvgClick = (e: MouseEvent<SVGSVGElement>) => {
    if (!onCanvas || (e.target as Element).closest('[data-mark-id]')) return;
    const box = e.currentTarget.getBoundingClientRect();
    const [px, py] = [e.clientX - box.left, e.clientY - box.top];
    const lane = Math.floor((py - AXIS_PX) / LANE_PX);
    const row = Math.floor((py - AXIS_PX - lane * LANE_PX - LANE_HEAD_PX) / ROW_PX);
    const mark = markAt(layout.lanes[lane]?.marks ?? [], px, row);
    if (mark) onActivate(mark);
  };

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
      {canDrawCanvas() && (
        <canvas
          ref={canvasRef}
          className="tl-canvas"
          style={{ width, height: heightPx }}
          aria-hidden="true"
        />
      )}
      <svg ref={svgRef} width={width} height={heightPx} className="tl-svg" onClick={onSvgClick}>
        <TimelineDefs lanes={data.lanes} />
        <rect width={width} height={heightPx} className="tl-bg" />
        <TimeAxis
          ticks={ticks(domain, width)}
          x={x}
          format={formatTickLabel}
          heightPx={heightPx}
          axisPx={AXIS_PX}
        />
        {layout.lanes.map((lane, i) => {
          const top = AXIS_PX + i * LANE_PX;
          return (
            <g key={lane.lane} role="group" aria-label={labels.lanes[lane.lane]}>
              <line x1={0} x2={width} y1={top} y2={top} className="tl-lane-rule" />
              <text x={4} y={top + 12} className="tl-lane-name" aria-hidden="true">
                {labels.lanes[lane.lane]}
              </text>
              {(onCanvas
                ? lane.marks.filter((m) => m.id === tabbableId || m.id === selectedId)
                : lane.marks
              ).map((m) => (
                <TimelineMarkView
                  key={m.id}
                  mark={m}
                  lane={lane.lane}
                  y={rowTop(i, m.row)}
                  widthPx={width}
                  name={nameOf(m)}
                  selected={m.id === selectedId}
                  tabbable={m.id === tabbableId}
                  onActivate={onActivate}
                />
              ))}
            </g>
          );
        })}
      </svg>
    </div>
  );
}
