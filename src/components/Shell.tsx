import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppState } from '../state/createAppStore';
import { useAppStore } from '../state/StoreContext';
import { useAppData } from './DataContext';
import { EventPanel } from './EventPanel';
import { FiltersPanel } from './FiltersPanel';
import { firstDomainOf, fullDomainOf } from './fullDomainOf';
import { stageTimelineForExport } from './stageTimelineForExport';
import { TimelineArea } from './lazyTimelineArea';
import { ListView } from './ListView';
import { LiveAnnouncer } from './LiveAnnouncer';
import { UnknownIdNotice } from './UnknownIdNotice';
import { UnplacedPanel } from './UnplacedPanel';
import { useAnnouncement } from './useAnnouncement';
import { useVisibleEvents } from './useVisibleEvents';
import { ClassroomTools } from './classroom/ClassroomTools';
import { edtfRange } from '../model/queries';
import { markFirstViewShown } from '../state/idleAfterFirstView';
import { mergeSearch } from '../state/url';
import { classroomT } from '../classroom/classroomT';
import { shareBaseOf } from '../classroom/shareUrl';
import { CLASSROOM_NAMESPACE } from '../i18n/loadClassroomStrings';
import { roundToDays } from '../timeline/domain';
import { toKazakhLatin } from '../model/translit';

// Split off what not every visit needs: the timeline's d3 code (lazyTimelineArea) and the sources view.
const SourcesView = lazy(() => import('./SourcesView'));

const selectMode = (s: AppState) => s.mode;
const selectDomain = (s: AppState) => s.domain;
const selectSelectedId = (s: AppState) => s.selectedId;
const selectSelect = (s: AppState) => s.select;
const selectSetDomain = (s: AppState) => s.setDomain;

/** The loaded app: filters, the current view, the event panel and the live region. */
export function Shell({ nowMs }: { nowMs: number }) {
  const { t, i18n } = useTranslation();
  // The classroom strings i18next loaded with the language (setupI18n), one language's only.
  const classroomStrings: unknown = i18n.getResourceBundle(i18n.language, CLASSROOM_NAMESPACE);
  const ct = useMemo(
    () => classroomT(classroomStrings, i18n.language),
    [classroomStrings, i18n.language],
  );
  const { file, events, sourceById } = useAppData();
  const { visible } = useVisibleEvents();
  const mode = useAppStore(selectMode);
  const domain = useAppStore(selectDomain);
  const selectedId = useAppStore(selectSelectedId);
  const select = useAppStore(selectSelect);
  const setDomain = useAppStore(selectSetDomain);

  // The list and sources views show the events at once (the timeline says so itself).
  useEffect(() => {
    if (mode !== 'timeline') markFirstViewShown();
  }, [mode]);

  const fullDomain = useMemo(() => fullDomainOf(events, nowMs), [events, nowMs]);
  // A link without a range opens where the events are (not fitted to a lone outlier). The
  // timeline draws that range in the first frame already (a frame without it would paint what
  // follows it higher up, then move it); the store hears of it just after.
  const firstDomain = useMemo(
    () => (domain === null ? firstDomainOf(events, nowMs) : null),
    [domain, events, nowMs],
  );
  useEffect(() => {
    if (firstDomain !== null) setDomain(firstDomain);
  }, [firstDomain, setDomain]);
  const shownDomain = domain ?? firstDomain;

  const selected = useMemo(
    () => events.find((e) => e.id === selectedId) ?? null,
    [events, selectedId],
  );
  const unknownId = selectedId !== null && selected === null ? selectedId : null;
  // Focus moves into the panel on the reader's selections, not when a deep link opens it on load.
  const [seenSelection, setSeenSelection] = useState(selectedId);
  const [focusPanel, setFocusPanel] = useState(false);
  // …and not when presentation mode selects its step: focus stays in the presentation.
  const [presentedId, setPresentedId] = useState<string | null>(null);
  if (selectedId !== seenSelection) {
    setSeenSelection(selectedId);
    setFocusPanel(selectedId !== presentedId);
  }
  const message = useAnnouncement(selected, domain);
  const lang = useAppStore((s) => s.lang);
  const filters = useAppStore((s) => s.filters);
  const query = useAppStore((s) => s.query);
  // Shared links (QR, embed, handout): the public address when the build has one, whole days.
  const shared = { domain: domain && roundToDays(domain), selectedId, filters, query, lang, mode };
  const url = `${shareBaseOf(location)}?${mergeSearch(location.search, shared)}`;
  const focusEvent = (id: string) => {
    const e = events.find((x) => x.id === id);
    const r = e ? edtfRange(e.date.edtf) : null;
    setPresentedId(id);
    select(id);
    if (r) {
      const pad = Math.max((r[1] - r[0]) * 1.5, 45 * 86_400_000);
      setDomain([r[0] - pad, r[1] + pad]);
    }
  };

  return (
    <>
      {unknownId !== null && <UnknownIdNotice id={unknownId} onDismiss={() => select(null)} />}
      <ClassroomTools
        t={ct}
        events={visible}
        allEvents={events}
        sources={file.sources}
        lang={lang}
        url={url}
        display={lang === 'kk-latn' ? toKazakhLatin : undefined}
        stageSvg={stageTimelineForExport}
        getSvg={() =>
          document.querySelector<SVGSVGElement>('[aria-roledescription="timeline"] svg')
        }
        selectedId={selectedId}
        legend={[
          `● ${t('legend.point')}`,
          `▬ ${t('legend.span')}`,
          `▭ ${t('legend.open')}`,
          `◌ ${t('legend.planned')}`,
          `③ ${t('legend.cluster')}`,
          `▒ ${t('legend.gap')}`,
        ]}
        onFocusEvent={focusEvent}
        timeline={
          shownDomain !== null ? (
            <Suspense fallback={null}>
              <TimelineArea
                events={visible}
                domain={shownDomain}
                fullDomain={fullDomain}
                regionLabel={t('timeline.presented')}
              />
            </Suspense>
          ) : null
        }
      />
      <div className={selected === null ? 'layout' : 'layout has-panel'}>
        <FiltersPanel />
        <main id="main" tabIndex={-1} className="main">
          <Suspense fallback={<p role="status">{t('timeline.loading')}</p>}>
            {mode === 'timeline' && shownDomain !== null && (
              <TimelineArea events={visible} domain={shownDomain} fullDomain={fullDomain} />
            )}
            {mode === 'list' && (
              <ListView events={visible} selectedId={selectedId} onSelect={select} />
            )}
            {mode === 'sources' && <SourcesView onSelect={select} />}
          </Suspense>
          {mode !== 'sources' && file.unplaced.length > 0 && (
            <UnplacedPanel items={file.unplaced} sourceById={sourceById} />
          )}
        </main>
        {selected !== null && (
          <EventPanel event={selected} onClose={() => select(null)} takeFocus={focusPanel} />
        )}
      </div>
      <LiveAnnouncer message={message} />
    </>
  );
}
