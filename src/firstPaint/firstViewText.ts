import built from 'virtual:first-view-text';
import { latinMessages } from '../i18n/loadMessages';
import type { Lang } from '../state/viewState';
import type { FirstViewText } from './firstViewMarkup';

// Keys and shape as the plugin writes them from the locale files (tested beside this file).
const text = built as Record<'kk' | 'ru' | 'en', FirstViewText>;

/**
 * The first view's strings in the reader's language, from the few the build took from the locale
 * files (scripts/vite/first-view-text-plugin.ts); kk-latn writes the Kazakh ones in Latin letters
 * as the app does (loadMessages).
 * @example firstViewMarkup(raw, 'ru', firstViewText('ru'))
 */
export function firstViewText(lang: Lang): FirstViewText {
  return lang === 'kk-latn' ? latinMessages(text.kk) : text[lang];
}
