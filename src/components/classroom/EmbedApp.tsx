import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { createSearch, filterEvents, sortEvents } from '../../model/queries';
import type { Event, EventsFile } from '../../model/schema';
import { createClassroomT } from '../../classroom/createClassroomT';
import { storyIdFromUrl } from '../../classroom/storyIdFromUrl';
import { parseHttpUrl } from '../../state/consentGate';
import { consentGate, dataUrlFrom, loadEvents, type LoadResult } from '../../state/loadEvents';
import { decodeState } from '../../state/url';
import type { Lang } from '../../state/viewState';
import { titleOf } from '../dataText';
import { firstDomainOf, fullDomainOf, rangesOf } from '../fullDomainOf';
import { createTimeWarp, zoomWarped } from '../../timeline/timeWarp';
import { clampDomain } from '../../timeline/domain';
import { EmbedEventCard } from './EmbedEventCard';
import { EmbedDataNotice } from './EmbedDataNotice';
import { EmbedFrame } from './EmbedFrame';

// The embed's first load should be as small as the main app's: the timeline (d3) and stories
// (zod) come in their own chunks, requested at once but not blocking the first paint.
const TimelineView = lazy(() => import('../timeline').then((m) => ({ default: m.TimelineView })));

export interface EmbedAppProps {
  /** location.href of the embed page; its query is the same deep link as the full app's. */
  href: string;
  fetchFn?: typeof fetch;
}

/**
 * The page inside a school site's iframe: the timeline with the link's language, range,
 * filters, search and story (a story shows only its events), under a compact toolbar.
 * Own local state, no URL writes: a framed page must not push history entries on its host.
 */
export function EmbedApp({ href, fetchFn = fetch }: EmbedAppProps) {
  const search = new URL(href).search;
  const view = useMemo(() => decodeState(search), [search]);
  const lang: Lang = view.lang ?? 'kk';
  const t = createClassroomT(lang);
  const [file, setFile] = useState<EventsFile | null>(null);
  const [failure, setFailure] = useState<Exclude<LoadResult, { ok: true }> | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [domain, setDomain] = useState<[number, number] | null>(
    view.domain ? [...view.domain] : null,
  );
  const [selectedId, setSelectedId] = useState<string | null>(view.selectedId ?? null);

  // The same consent step as the full app: a school page must not send its visitors' IP
  // addresses to the site a ?data= link names (or redirects to) before they agree.
  const gate = useMemo(() => {
    const asked = dataUrlFrom(search);
    const url = parseHttpUrl(asked, href)?.href ?? asked;
    return consentGate(url, href, (redirect) => loadEvents(url, fetchFn, redirect));
  }, [search, href, fetchFn]);
  useEffect(() => {
    let live = true;
    void gate.load().then((r) => {
      if (!live) return;
      setFile(r.ok ? r.data : null);
      setFailure(r.ok ? null : r);
    });
    return () => {
      live = false;
    };
  }, [gate, attempt]);

  const [inStory, setInStory] = useState<Set<string> | null>(null);
  useEffect(() => {
    const id = storyIdFromUrl(search);
    if (id === null) return;
    void import('../../classroom/stories').then(({ findStory, STORIES }) => {
      const story = findStory(STORIES, id);
      setInStory(story ? new Set(story.steps.map((s) => s.eventId)) : null);
    });
  }, [search]);

  const events = useMemo<Event[]>(() => {
    if (!file) return [];
    const all = inStory ? file.events.filter((e) => inStory.has(e.id)) : file.events;
    const found = createSearch(sortEvents(all))(view.query ?? '');
    return view.filters ? filterEvents(found, view.filters) : found;
  }, [file, view, inStory]);

  useEffect(() => {
    if (lang) document.documentElement.lang = lang === 'kk-latn' ? 'kk-Latn' : lang;
  }, [lang]);

  // Framed like the app's first view (where most events are); "show all" reaches the rest.
  // Only for the empty case (the current year); no events, no frame to get wrong.
  const [now] = useState(() => Date.now());
  const full = useMemo(() => (events.length ? fullDomainOf(events, now) : null), [events, now]);
  const first = useMemo(() => firstDomainOf(events, now), [events, now]);
  const shown = domain ?? first;
  const warp = useMemo(() => createTimeWarp(rangesOf(events)), [events]);
  const zoom = (d: readonly [number, number]) => {
    if (!full) return;
    const [a, b] = clampDomain(d, full, 86_400_000);
    setDomain([a, b]);
  };
  const selected = events.find((e) => e.id === selectedId) ?? null;
  const reduced =
    typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
  return (
    <EmbedFrame
      url={href}
      lang={lang}
      t={t}
      tools={
        full ? (
          <span className="classroom-embed-frame__zoom">
            <button
              type="button"
              aria-label={t('embed.zoomIn')}
              title={t('embed.zoomIn')}
              onClick={() => zoom(zoomWarped(shown, 2, warp))}
            >
              +
            </button>
            <button
              type="button"
              aria-label={t('embed.zoomOut')}
              title={t('embed.zoomOut')}
              onClick={() => zoom(zoomWarped(shown, 0.5, warp))}
            >
              −
            </button>
            <button type="button" onClick={() => zoom(full)}>
              {t('embed.fit')}
            </button>
          </span>
        ) : null
      }
    >
      {failure ? (
        <EmbedDataNotice
          failure={failure}
          t={t}
          onAgree={() => {
            gate.agree();
            setAttempt((n) => n + 1);
          }}
        />
      ) : null}
      {file && full ? (
        <Suspense fallback={null}>
          <TimelineView
            events={events}
            domain={shown}
            fullDomain={full}
            warp={warp}
            onDomainChange={setDomain}
            selectedId={selectedId}
            onSelect={setSelectedId}
            lang={lang}
            titleOf={(e) => titleOf(e, lang)}
            reducedMotion={reduced}
          />
        </Suspense>
      ) : null}
      {selected ? (
        <EmbedEventCard
          event={selected}
          lang={lang}
          t={t}
          fullViewUrl={href}
          onClose={() => setSelectedId(null)}
        />
      ) : null}
    </EmbedFrame>
  );
}
