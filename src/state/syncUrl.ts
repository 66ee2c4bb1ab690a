import type { AppStore } from './createAppStore';
import { selectView } from './createAppStore';
import { decodeState, mergeSearch } from './url';
import { DEFAULT_VIEW } from './viewState';

/** What syncUrl needs of window; injected so tests can pass a fake. */
export interface HistoryHost {
  location: { search: string; pathname: string; hash: string };
  history: Pick<History, 'pushState' | 'replaceState'>;
  addEventListener: (type: 'popstate', fn: () => void) => void;
  removeEventListener: (type: 'popstate', fn: () => void) => void;
  setTimeout: (fn: () => void, ms: number) => unknown;
  clearTimeout: (id: never) => void;
}

/** Ranges change on every zoom frame; browsers throttle replaceState, so batch them. */
const REPLACE_DELAY_MS = 250;

/**
 * Keep the URL and the store in step: a new selection is a history entry (back walks through
 * selections); range, filter, search, language and mode changes replace the current entry.
 * The back button restores the entry's view. Returns an unsubscribe function.
 */
export function syncUrl(store: AppStore, host: HistoryHost): () => void {
  let pending: unknown = null;
  let restoring = false;

  const urlFor = () => {
    const search = mergeSearch(host.location.search, selectView(store.getState()));
    return `${host.location.pathname}${search === '' ? '' : `?${search}`}${host.location.hash}`;
  };
  const flush = () => {
    pending = null;
    host.history.replaceState(null, '', urlFor());
  };

  const unsubscribe = store.subscribe((s, prev) => {
    if (restoring) return;
    if (s.selectedId !== prev.selectedId) {
      if (pending !== null) host.clearTimeout(pending as never);
      pending = null;
      host.history.pushState(null, '', urlFor());
      return;
    }
    const changed =
      s.domain !== prev.domain ||
      s.filters !== prev.filters ||
      s.query !== prev.query ||
      s.lang !== prev.lang ||
      s.mode !== prev.mode;
    if (!changed) return;
    if (pending !== null) host.clearTimeout(pending as never);
    pending = host.setTimeout(flush, REPLACE_DELAY_MS);
  });

  const onPop = () => {
    const view = decodeState(host.location.search);
    restoring = true;
    // Fields absent from the entry go back to defaults (e.g. no event = nothing selected),
    // but a missing range or language keeps the current one rather than jumping.
    store.getState().applyView({
      ...DEFAULT_VIEW,
      domain: store.getState().domain,
      lang: store.getState().lang,
      ...view,
    });
    restoring = false;
  };
  host.addEventListener('popstate', onPop);

  return () => {
    unsubscribe();
    host.removeEventListener('popstate', onPop);
    if (pending !== null) host.clearTimeout(pending as never);
  };
}
