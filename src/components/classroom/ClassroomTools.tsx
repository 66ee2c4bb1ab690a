import { lazy, Suspense, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { Event, Source } from '../../model/schema';
import type { ClassroomT } from '../../classroom/classroomT';
import { storyIdFromUrl } from '../../classroom/storyIdFromUrl';
import { ExportMenu } from './ExportMenu';
import { PrintOnDemand, printWithHandout } from './PrintOnDemand';
import './tools.css';

// Only the toolbar is in the first load: each tool's code comes when it is opened.
// Stories are validated with zod: loaded only when a link opens one, not on every first visit.
const StoryPresentation = lazy(() =>
  import('./StoryPresentation').then((m) => ({ default: m.StoryPresentation })),
);
const PresentationMode = lazy(() =>
  import('./PresentationMode').then((m) => ({ default: m.PresentationMode })),
);
const QrHandoff = lazy(() => import('./QrHandoff').then((m) => ({ default: m.QrHandoff })));
const EmbedDialog = lazy(() => import('./EmbedDialog').then((m) => ({ default: m.EmbedDialog })));

export interface ClassroomToolsProps {
  /** The current filtered events (presentation, print, export). */
  events: readonly Event[];
  /** Every loaded event: a story may step outside the filters. */
  allEvents: readonly Event[];
  sources: readonly Source[];
  lang: string;
  /** Absolute deep link of the current view; update it when the view changes. */
  url: string;
  /** The classroom strings in the UI language (createClassroomT, or the shell's from i18next). */
  t: ClassroomT;
  /** Display script (kk-latn transliteration); identity by default. */
  display?: (text: string) => string;
  /** The timeline's <svg>, for image export. */
  getSvg: () => SVGSVGElement | null;
  /** Lays the timeline out for an image export; resolves to a function that puts it back. */
  stageSvg?: () => Promise<() => void>;
  /** Image export background; the timeline's own (the theme's) by default. */
  background?: string;
  /** Legend lines for exported images, one per mark style, in the UI language. */
  legend?: readonly string[];
  /** Start presentation on this event (the selected one). */
  selectedId?: string | null;
  /** Zoom the timeline to an event (smooth unless reduced motion). */
  onFocusEvent: (id: string, opts: { smooth: boolean }) => void;
  /** The timeline element to show above the projected caption. */
  timeline?: ReactNode;
  /** Called when a story opened by link is closed (e.g. drop ?story= from the URL). */
  onStoryExit?: () => void;
}

/**
 * Everything classroom in one mount: a toolbar (present, QR, embed, export), the print
 * handout, and presentation mode, which a ?story=<id> link opens at once.
 */
export function ClassroomTools(props: ClassroomToolsProps) {
  const { lang, url } = props;
  const { t } = props;
  const [presenting, setPresenting] = useState(false);
  const [panel, setPanel] = useState<'qr' | 'embed' | null>(null);
  const [storyId, setStoryId] = useState(() => storyIdFromUrl(url));
  const toggle = (p: 'qr' | 'embed') => setPanel((cur) => (cur === p ? null : p));
  const qrButton = useRef<HTMLButtonElement>(null);
  const embedButton = useRef<HTMLButtonElement>(null);
  // Esc closes the open panel (not the event panel behind it) and gives focus to its button.
  const closePanel = () => {
    if (panel === null) return;
    (panel === 'qr' ? qrButton : embedButton).current?.focus();
    setPanel(null);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || panel === null) return;
    e.stopPropagation();
    e.preventDefault();
    closePanel();
  };

  // A labelled <section> is a region landmark, so the tools pass axe's "region" rule wherever
  // the shell mounts them.
  return (
    <section className="classroom-tools-region" aria-label={t('tools.label')} onKeyDown={onKeyDown}>
      <div className="classroom-tools">
        <button type="button" onClick={() => setPresenting(true)}>
          {t('presentation.enter')}
        </button>
        <button
          type="button"
          ref={qrButton}
          aria-expanded={panel === 'qr'}
          onClick={() => toggle('qr')}
        >
          {t('qr.title')}
        </button>
        <button
          type="button"
          ref={embedButton}
          aria-expanded={panel === 'embed'}
          onClick={() => toggle('embed')}
        >
          {t('embed.button')}
        </button>
        <ExportMenu
          events={props.events}
          sources={props.sources}
          lang={lang}
          url={url}
          t={t}
          getSvg={props.getSvg}
          stageSvg={props.stageSvg}
          background={props.background}
          decor={{
            title: t('print.heading'),
            legend: props.legend,
            // Where the picture comes from, so a slide or worksheet can cite it.
            source: `${t('print.sources')}: ${url.split('?')[0]} · ${new Date().toISOString().slice(0, 10)}`,
          }}
        />
        <button type="button" onClick={() => void printWithHandout()}>
          {t('print.button')}
        </button>
      </div>
      {panel !== null ? (
        <div className="classroom-tools__panel">
          <Suspense fallback={null}>
            {panel === 'qr' ? <QrHandoff url={url} lang={lang} t={t} /> : null}
            {panel === 'embed' ? <EmbedDialog url={url} lang={lang} t={t} /> : null}
          </Suspense>
          <button type="button" onClick={closePanel}>
            {t('tools.close')}
          </button>
        </div>
      ) : null}
      <PrintOnDemand
        events={props.events}
        sources={props.sources}
        lang={lang}
        url={url}
        t={t}
        display={props.display}
        getSvg={props.getSvg}
      />
      {presenting ? (
        <Suspense fallback={null}>
          <PresentationMode
            events={props.events}
            startId={props.selectedId}
            lang={lang}
            t={t}
            display={props.display}
            onFocusEvent={props.onFocusEvent}
            onExit={() => setPresenting(false)}
          >
            {props.timeline}
          </PresentationMode>
        </Suspense>
      ) : null}
      {storyId !== null && !presenting ? (
        <Suspense fallback={null}>
          <StoryPresentation
            storyId={storyId}
            events={props.allEvents}
            lang={lang}
            t={t}
            display={props.display}
            onFocusEvent={props.onFocusEvent}
            onExit={() => {
              setStoryId(null);
              props.onStoryExit?.();
            }}
          >
            {props.timeline}
          </StoryPresentation>
        </Suspense>
      ) : null}
    </section>
  );
}
