import type { Locale } from 'date-fns';
import type { Lang } from '../state/viewState';

// date-fns locales are loaded with the language; kk-latn formats with the Kazakh locale
// and transliterates the result.
const LOADERS: Record<Lang, () => Promise<Locale>> = {
  kk: () => import('date-fns/locale/kk').then((m) => m.kk),
  'kk-latn': () => import('date-fns/locale/kk').then((m) => m.kk),
  ru: () => import('date-fns/locale/ru').then((m) => m.ru),
  en: () => import('date-fns/locale/en-US').then((m) => m.enUS),
};

const loaded = new Map<Lang, Locale>();

export async function loadDateLocale(lang: Lang): Promise<Locale> {
  const hit = loaded.get(lang);
  if (hit !== undefined) return hit;
  const locale = await LOADERS[lang]();
  loaded.set(lang, locale);
  return locale;
}

/** The date-fns locale of a language already loaded with loadDateLocale (undefined before). */
export function dateLocaleOf(lang: Lang): Locale | undefined {
  return loaded.get(lang);
}
