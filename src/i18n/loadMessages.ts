import type { Lang } from '../state/viewState';
import { toKazakhLatin } from '../model/translit';
import type kk from './locales/kk.json';

export type Messages = typeof kk;

// One dynamic import per language, so only the current language is fetched at start.
const LOADERS: Record<'kk' | 'ru' | 'en', () => Promise<{ default: Messages }>> = {
  kk: () => import('./locales/kk.json'),
  ru: () => import('./locales/ru.json'),
  en: () => import('./locales/en.json'),
};

/** Transliterate every string of a message tree (placeholders are ASCII and pass through). */
export function transliterateMessages<T>(tree: T): T {
  if (typeof tree === 'string') return toKazakhLatin(tree) as T;
  if (typeof tree !== 'object' || tree === null) return tree;
  return Object.fromEntries(
    Object.entries(tree).map(([k, v]) => [k, transliterateMessages(v)]),
  ) as T;
}

/**
 * The UI strings of a language; 'kk-latn' is the Kazakh file in Latin letters.
 * @example const m = await loadMessages('ru')
 */
export async function loadMessages(lang: Lang): Promise<Messages> {
  if (lang === 'kk-latn') return latinMessages((await LOADERS.kk()).default);
  return (await LOADERS[lang]()).default;
}

/** Kazakh strings (all of them, or some) in Latin letters, the brand name kept as written. */
export function latinMessages<T extends { app: { title: string } }>(kk: T): T {
  // "Шежіре" is the product's name in every script.
  return {
    ...transliterateMessages(kk),
    app: { ...transliterateMessages(kk.app), title: kk.app.title },
  };
}
