/**
 * The first load: all the page runs before React. It starts the events file's request at once
 * and, for a `?data=` file, draws that file's first view (src/firstPaint) as soon as it is in;
 * only then does it load the app (startApp.tsx), which takes the same response instead of asking
 * again, and replaces the first view in one commit. The seeds' first view is already in the
 * built index.html, so for them the app is loaded at once.
 */
import { firstViewMarkup } from './firstPaint/firstViewMarkup';
import { firstViewText } from './firstPaint/firstViewText';
import { pickLanguage } from './i18n/pickLanguage';
import { parseHttpUrl } from './state/consentGate';
import { dataUrlFrom, DEFAULT_DATA_URL } from './state/dataUrl';
import { isLang } from './state/viewState';
import './styles/theme.css';
import './styles/app.css';

const url = dataUrlFrom(location.search);
const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root');
const target = parseHttpUrl(url, location.href);
// A file on another site waits for the reader's consent (consentGate), so it is not asked for
// here; the page's own server is asked with redirects not followed, as the gate would ask it.
// For a ?data= file the head's first script (public/data-file.js) has already asked.
const early =
  target !== null && target.origin === location.origin
    ? ((window as { shejireData?: Promise<Response> }).shejireData ??
      fetch(url, { credentials: 'omit', redirect: 'manual' }))
    : undefined;
// A failed request is the app's to explain (loadEvents), once its code is in; until then it is
// no unhandled rejection.
early?.catch(() => undefined);

/**
 * Resolves once the browser has drawn a frame with the first view: the app's code is asked for
 * after it, so it neither delays that frame nor shares the network with the file. A page opened
 * in a background tab draws no frames; there the timer (slowed to about a second) goes on.
 */
const afterFirstFrame = () =>
  new Promise<void>((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve, 0));
    setTimeout(resolve, 100);
  });

if (url !== DEFAULT_DATA_URL) {
  // The built-in view shows the seeds, not the file asked for.
  root.querySelector('[data-first-view]')?.remove();
  const asked = new URLSearchParams(location.search).get('lang') ?? undefined;
  const lang = pickLanguage(isLang(asked) ? asked : undefined, navigator.languages);
  try {
    const res = await early;
    if (res?.ok && res.type !== 'opaqueredirect') {
      const raw: unknown = JSON.parse(await res.clone().text());
      const markup = firstViewMarkup(raw, lang, firstViewText(lang));
      if (markup !== null) {
        root.innerHTML = markup;
        await afterFirstFrame();
      }
    }
  } catch {
    // Nothing drawn: the app loads the file itself and explains what is wrong with it.
  }
}

const { startApp } = await import('./startApp');
startApp(url, early);
