import { createStore, type StateCreator, type StoreApi } from 'zustand/vanilla';
import type { FacetName } from '../model/queries';
import { DEFAULT_VIEW, type ColorTheme, type Domain, type ViewState } from './viewState';

// Slices after the zustand slices pattern: each owns its fields and the actions on them.

interface ViewSlice {
  domain: Domain | null;
  setDomain: (domain: Domain) => void;
  mode: ViewState['mode'];
  setMode: (mode: ViewState['mode']) => void;
}

interface SelectionSlice {
  selectedId: string | null;
  select: (id: string | null) => void;
}

interface FilterSlice {
  filters: ViewState['filters'];
  query: string;
  toggleFilter: (facet: FacetName, key: string) => void;
  clearFilters: () => void;
  setQuery: (query: string) => void;
}

interface PrefsSlice {
  lang: ViewState['lang'];
  setLang: (lang: ViewState['lang']) => void;
  theme: ColorTheme;
  setTheme: (theme: ColorTheme) => void;
  /** Replace the shareable part at once (URL restore, back button). */
  applyView: (view: Partial<ViewState>) => void;
}

export type AppState = ViewSlice & SelectionSlice & FilterSlice & PrefsSlice;
export type AppStore = StoreApi<AppState>;
type Slice<T> = StateCreator<AppState, [], [], T>;

const createViewSlice: Slice<ViewSlice> = (set) => ({
  domain: null,
  // Skip no-op writes so URL sync and re-renders do not fire for an unchanged range.
  setDomain: (domain) =>
    set((s) =>
      s.domain !== null && s.domain[0] === domain[0] && s.domain[1] === domain[1]
        ? s
        : { domain: [domain[0], domain[1]] },
    ),
  mode: 'timeline',
  setMode: (mode) => set({ mode }),
});

const createSelectionSlice: Slice<SelectionSlice> = (set) => ({
  selectedId: null,
  select: (selectedId) => set({ selectedId }),
});

const createFilterSlice: Slice<FilterSlice> = (set) => ({
  filters: DEFAULT_VIEW.filters,
  query: '',
  toggleFilter: (facet, key) =>
    set((s) => {
      const picked = s.filters[facet];
      const next = picked.includes(key) ? picked.filter((k) => k !== key) : [...picked, key];
      return { filters: { ...s.filters, [facet]: next } };
    }),
  clearFilters: () => set({ filters: DEFAULT_VIEW.filters }),
  setQuery: (query) => set({ query }),
});

const createPrefsSlice: Slice<PrefsSlice> = (set) => ({
  lang: 'kk',
  setLang: (lang) => set({ lang }),
  theme: 'light',
  setTheme: (theme) => set({ theme }),
  applyView: (view) => set(view),
});

/**
 * A fresh store (one per app, one per test). `initial` is usually the decoded URL.
 * @example createAppStore({ lang: 'ru', selectedId: 'congress-2022-03-01-nur-otan' })
 */
export function createAppStore(
  initial: Partial<ViewState> & { theme?: ColorTheme } = {},
): AppStore {
  return createStore<AppState>()((...a) => ({
    ...createViewSlice(...a),
    ...createSelectionSlice(...a),
    ...createFilterSlice(...a),
    ...createPrefsSlice(...a),
    ...initial,
  }));
}

/** The shareable part of a state, for encodeState. */
export function selectView(s: AppState): ViewState {
  return {
    domain: s.domain,
    selectedId: s.selectedId,
    filters: s.filters,
    query: s.query,
    lang: s.lang,
    mode: s.mode,
  };
}
