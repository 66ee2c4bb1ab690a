import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Event, Theme } from '../model/schema';
import { THEME_ORDER } from '../model/queries/themeOrder';
import { formatEdtfPoint } from '../i18n/formatEventDate';
import type { AppState } from '../state/createAppStore';
import { markFirstViewShown } from '../state/idleAfterFirstView';
import { useAppStore } from '../state/StoreContext';
import { clampDomain, yearDomain, yearsOf, type Domain } from '../timeline';
import {
  OverviewStrip,
  TimelineLegend,
  TimelineView,
  ZoomControls,
  type FormatDate,
} from './timeline';
import { rangesOf } from './fullDomainOf';
import { onLiveViewport } from './timeline/liveViewport';
import { createTimeWarp, zoomWarped } from '../timeline/timeWarp';
import { titleOf } from './dataText';
import { useReducedMotion } from './useReducedMotion';
import { useUiLang } from './useUiLang';

interface Props {
  /** Filtered events: the timeline updates live with search and filters. */
  events: readonly Event[];
  domain: Domain;
  fullDomain: Domain;
  /** Name of the timeline region when a second copy is on screen (presentation). */
  regionLabel?: string;
}

const selectSetDomain = (s: AppState) => s.setDomain;
const selectSelected = (s: AppState) => s.selectedId;
const selectSelect = (s: AppState) => s.select;

const pad = (n: number) => String(n).padStart(2, '0');

/** Wires the timeline engineer's components to the store and to the app's i18n and dates. */
export default function TimelineArea({ events, domain, fullDomain, regionLabel }: Props) {
  const { t } = useTranslation();
  const { lang, locale } = useUiLang();
  const setDomain = useAppStore(selectSetDomain);
  const selectedId = useAppStore(selectSelected);
  const select = useAppStore(selectSelect);
  const reducedMotion = useReducedMotion();
  // The events are on screen: code fetched ahead of use may now come (idleAfterFirstView).
  useEffect(markFirstViewShown, []);

  const change = useCallback(
    (d: Domain) => setDomain(clampDomain(d, fullDomain, 86_400_000)),
    [setDomain, fullDomain],
  );
  // A gesture draws its range frame by frame and tells the store once it settles: a button pressed
  // in between zooms from what is on screen, not from the range the store still holds.
  const root = useRef<HTMLDivElement>(null);
  const live = useRef<Domain | null>(null);
  useEffect(() => {
    live.current = null;
  }, [domain]);
  useEffect(() => {
    const node = root.current;
    if (!node) return;
    return onLiveViewport(node, node, (d) => {
      live.current = d;
    });
  }, []);
  const shown = () => live.current ?? domain;
  // One date style across panel, list and timeline (and Latin letters in kk-latn).
  const formatDate = useCallback<FormatDate>(
    (ms, precision, season) => {
      const d = new Date(ms);
      const y = String(d.getUTCFullYear());
      const edtf =
        precision === 'year'
          ? season === undefined
            ? y
            : `${y}-${season}`
          : precision === 'month'
            ? `${y}-${pad(d.getUTCMonth() + 1)}`
            : `${y}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
      return formatEdtfPoint(edtf, lang, locale, t);
    },
    [lang, locale, t],
  );
  const labels = useMemo(
    () => ({
      cluster: (count: number, from: string, to: string) =>
        t('timeline.cluster', { count, from, to }),
      gap: (range: string) => t('timeline.gap', { range }),
      region: regionLabel ?? t('timeline.label'),
      planned: t('panel.planned'),
      lanes: Object.fromEntries(THEME_ORDER.map((th) => [th, t(`lane.${th}`)])) as Record<
        Theme,
        string
      >,
    }),
    [t, regionLabel],
  );
  const keysHint = t('timeline.overviewKeys');
  const legend = useMemo(
    () => ({
      title: t('legend.title'),
      point: t('legend.point'),
      span: t('legend.span'),
      open: t('legend.open'),
      planned: t('legend.planned'),
      cluster: t('legend.cluster'),
      gap: t('legend.gap'),
      selected: t('legend.selected'),
    }),
    [t],
  );
  const formatRange = useCallback(
    ([a, b]: Domain) => {
      // Months read well for the usual spans; under two months the days matter.
      const p = b - a < 60 * 86_400_000 ? 'day' : 'month';
      return `${formatDate(a, p)} – ${formatDate(b - 1, p)}`;
    },
    [formatDate],
  );
  // Stable, as TimelineView asks: its accessible names and labels are cached per titleOf.
  const titleIn = useCallback((e: Event) => titleOf(e, lang), [lang]);
  const ranges = useMemo(() => rangesOf(events), [events]);
  const years = useMemo(() => yearsOf(ranges), [ranges]);
  // The same warp the first view was framed with (firstDomainOf), from the same ranges.
  const warp = useMemo(() => createTimeWarp(ranges), [ranges]);
  const mid = new Date((domain[0] + domain[1]) / 2).getUTCFullYear();

  return (
    // Not a landmark of its own: the timeline inside is the labelled region (axe landmark-unique).
    <div className="timeline-area" ref={root}>
      <div className="timeline-toolbar">
        <ZoomControls
          onZoomIn={() => change(zoomWarped(shown(), 2, warp))}
          onZoomOut={() => change(zoomWarped(shown(), 0.5, warp))}
          onFitAll={() => change(fullDomain)}
          years={years}
          onJumpToYear={(year) => change(yearDomain(year))}
          labels={{
            zoomIn: t('timeline.zoomIn'),
            zoomOut: t('timeline.zoomOut'),
            fitAll: t('timeline.fit'),
            jumpToYear: t('timeline.jumpToYear'),
          }}
          currentYear={years.includes(mid) ? mid : null}
        />
        <TimelineLegend labels={legend} />
      </div>
      <TimelineView
        events={events}
        domain={domain}
        onDomainChange={change}
        selectedId={selectedId}
        onSelect={select}
        lang={lang}
        titleOf={titleIn}
        reducedMotion={reducedMotion}
        labels={labels}
        formatDate={formatDate}
        fullDomain={fullDomain}
        warp={warp}
      />
      <OverviewStrip
        events={events}
        domain={domain}
        fullDomain={fullDomain}
        onDomainChange={change}
        label={t('timeline.overview')}
        formatRange={formatRange}
        keysHint={keysHint}
        warp={warp}
      />
    </div>
  );
}
