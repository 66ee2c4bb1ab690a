import { NO_FILTERS, type Filters } from '../model/queries';

export const LANGS = ['kk', 'ru', 'en', 'kk-latn'] as const;
export type Lang = (typeof LANGS)[number];
export const MODES = ['timeline', 'list', 'sources'] as const;
export type Mode = (typeof MODES)[number];
export const COLOR_THEMES = ['light', 'dark', 'contrast'] as const;
export type ColorTheme = (typeof COLOR_THEMES)[number];

/** Visible time range as [startMs, endMs) in UTC. */
export type Domain = readonly [number, number];

/** Everything a deep link restores: the shareable part of the app state. */
export interface ViewState {
  /** Null until the data is loaded and the view fitted to it. */
  domain: Domain | null;
  selectedId: string | null;
  filters: Filters;
  query: string;
  lang: Lang;
  mode: Mode;
}

export const DEFAULT_VIEW: ViewState = {
  domain: null,
  selectedId: null,
  filters: NO_FILTERS,
  query: '',
  lang: 'kk',
  mode: 'timeline',
};

export function isLang(x: unknown): x is Lang {
  return (LANGS as readonly unknown[]).includes(x);
}
export function isMode(x: unknown): x is Mode {
  return (MODES as readonly unknown[]).includes(x);
}
export function isColorTheme(x: unknown): x is ColorTheme {
  return (COLOR_THEMES as readonly unknown[]).includes(x);
}
