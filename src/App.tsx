import { useCallback, useEffect, useState, type ReactNode } from 'react';
import type { i18n } from 'i18next';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { DataProvider } from './components/DataContext';
import { ErrorBoundary, resetHrefOf } from './components/ErrorBoundary';
import { ErrorScreen } from './components/ErrorScreen';
import { useCollectionLayer } from './curation/useCollectionLayer';
import type { EventsFile } from './model/schema';
import { Header } from './components/Header';
import { NowProvider } from './components/NowContext';
import { Shell } from './components/Shell';
import { switchLanguage } from './i18n/setupI18n';
import type { AppStore, AppState } from './state/createAppStore';
import type { LoadResult } from './state/loadEvents';
import { StoreProvider, useAppStore } from './state/StoreContext';

export interface AppProps {
  store: AppStore;
  i18n: i18n;
  /** Loads and validates the events file; called again on "Try again". */
  load: () => Promise<LoadResult>;
  /** Lets the next load fetch a data file from another site (after the reader agreed). */
  agree?: () => void;
  /** "Now" (UTC ms) for the empty-data fallback view and for planned events whose day has
   *  passed; injected so tests are deterministic. */
  nowMs: number;
  /** The first load's result when startApp.tsx waited for it (the static first view stays till then). */
  initial?: LoadResult;
}

const selectLang = (s: AppState) => s.lang;
const selectTheme = (s: AppState) => s.theme;

/** Keeps i18next, <html lang> and the colour theme in step with the store. */
function useDocumentSync(instance: i18n) {
  const lang = useAppStore(selectLang);
  const theme = useAppStore(selectTheme);
  useEffect(() => {
    void switchLanguage(instance, lang, document);
  }, [instance, lang]);
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
}

function Body({
  load,
  agree,
  nowMs,
  instance,
  initial,
}: Omit<AppProps, 'store' | 'i18n'> & { instance: i18n }) {
  const { t } = useTranslation();
  const [result, setResult] = useState<LoadResult | null>(initial ?? null);
  const [attempt, setAttempt] = useState(0);
  useDocumentSync(instance);
  useEffect(() => {
    let live = true;
    void load().then((r) => {
      if (live) setResult(r);
    });
    return () => {
      live = false;
    };
  }, [load, attempt]);
  const retry = useCallback(() => {
    setResult(null);
    setAttempt((n) => n + 1);
  }, []);

  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skip')}
      </a>
      <Header />
      {result === null && (
        <main id="main" tabIndex={-1} className="main">
          <p role="status">{t('app.loading')}</p>
        </main>
      )}
      {result !== null && !result.ok && (
        <main id="main" tabIndex={-1} className="main">
          <ErrorScreen
            failure={result}
            onRetry={retry}
            onConsent={() => {
              agree?.();
              retry();
            }}
          />
        </main>
      )}
      {result !== null && result.ok && (
        <LayeredData file={result.data}>
          <NowProvider nowMs={nowMs}>
            <Shell nowMs={nowMs} />
          </NowProvider>
        </LayeredData>
      )}
    </>
  );
}

/** The shipped events with the teacher's visible collections laid over them (src/curation). */
function LayeredData({ file, children }: { file: EventsFile; children: ReactNode }) {
  return <DataProvider file={useCollectionLayer(file)}>{children}</DataProvider>;
}

/** The whole app for one store and one i18n instance (tests make fresh ones). */
export function App({ store, i18n: instance, load, agree, nowMs, initial }: AppProps) {
  return (
    <I18nextProvider i18n={instance}>
      <StoreProvider store={store}>
        {/* Any render error shows a message and a way back, never a blank page. */}
        <ErrorBoundary
          text={{
            title: instance.t('crash.title'),
            explain: instance.t('crash.explain'),
            reset: instance.t('crash.reset'),
            detail: (message) => instance.t('crash.detail', { message }),
          }}
          resetHref={resetHrefOf(location.href)}
        >
          <Body load={load} agree={agree} nowMs={nowMs} instance={instance} initial={initial} />
        </ErrorBoundary>
      </StoreProvider>
    </I18nextProvider>
  );
}
