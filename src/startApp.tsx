import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { TimelineArea } from './components/lazyTimelineArea';
import { pickLanguage } from './i18n/pickLanguage';
import { setupI18n } from './i18n/setupI18n';
import { createAppStore } from './state/createAppStore';
import { consentGate, loadEvents, type LoadResult } from './state/loadEvents';
import { whenIdleAfterFirstView } from './state/idleAfterFirstView';
import { syncUrl } from './state/syncUrl';
import { decodeState } from './state/url';
import type { ColorTheme } from './state/viewState';

/**
 * The app, loaded by the first-load script (main.ts) with the events file's address and, when it
 * already asked for the file, that request: the first load takes it instead of asking again.
 */
export async function startApp(url: string, early?: Promise<Response>): Promise<void> {
  // Read the URL, start the UI strings beside the data request, then render.
  const view = decodeState(location.search);
  const lang = pickLanguage(view.lang, navigator.languages);
  let asked = early;
  const fetchOnce: typeof fetch = (input, init) => {
    const p =
      asked !== undefined && input === url && init?.redirect === 'manual' ? asked : undefined;
    asked = undefined;
    return p ?? fetch(input, init);
  };

  // A data file on another site is fetched only after the reader agrees (consentGate).
  const gate = consentGate(url, location.href, (redirect) => loadEvents(url, fetchOnce, redirect));
  const firstLoad = gate.load();
  let first: Promise<LoadResult> | null = firstLoad;
  const load = () => {
    const p = first ?? gate.load();
    first = null;
    return p;
  };

  const initialTheme: ColorTheme = matchMedia('(prefers-contrast: more)').matches
    ? 'contrast'
    : matchMedia('(prefers-color-scheme: dark)').matches
      ? 'dark'
      : 'light';

  const store = createAppStore({ ...view, lang, theme: initialTheme });
  const i18n = await setupI18n(lang, document);
  syncUrl(store, window);

  const root = document.getElementById('root');
  if (root === null) throw new Error('index.html has no #root');
  // The built index.html paints the seeds' first view before any script (scripts/vite/firstView.ts),
  // and main.ts a ?data= file's. It stays until the data is in, so the app replaces it in one commit,
  // with no "loading" between.
  // The timeline's chunk (Shell loads it lazily) is fetched beside the data, not after it, and the
  // takeover waits for both, so the app's first frame already holds the timeline: nothing below it
  // is painted higher up and then pushed down (a layout shift, and a late largest paint).
  const timelineReady =
    (view.mode ?? 'timeline') === 'timeline'
      ? TimelineArea.preload().catch(() => undefined) // Shell's Suspense retries and reports it
      : undefined;
  const firstView = root.querySelector('[data-first-view]');
  const initial =
    firstView?.isConnected && first ? (await Promise.all([first, timelineReady]))[0] : undefined;
  // As a transition, React renders the whole app in slices between which the browser may answer
  // input (the static first view stays on screen meanwhile), not in one long task.
  startTransition(() =>
    createRoot(root).render(
      <StrictMode>
        <App
          store={store}
          i18n={i18n}
          load={load}
          agree={gate.agree}
          nowMs={Date.now()}
          initial={initial}
        />
      </StrictMode>,
    ),
  );

  // Offline support: the service worker's "new version / ready offline" prompt, in its own root so
  // the app's component tests need no service worker. Started when the browser is idle after the
  // first view (or, without idle callbacks, once the page has loaded), so the worker's precaching
  // does not compete with the first view for the network.
  const startOffline = () =>
    void import('./components/classroom/PwaUpdatePrompt').then(({ PwaUpdatePrompt }) => {
      const prompt = document.createElement('div');
      document.body.append(prompt);
      createRoot(prompt).render(<PwaUpdatePrompt lang={lang} />);
    });
  const afterLoad = () => {
    if (document.readyState === 'complete') startOffline();
    else addEventListener('load', startOffline, { once: true });
  };
  // A page whose data did not load has no first view to wait for.
  void firstLoad.then((r) =>
    r.ok && typeof requestIdleCallback === 'function'
      ? whenIdleAfterFirstView(startOffline)
      : afterLoad(),
  );
}
