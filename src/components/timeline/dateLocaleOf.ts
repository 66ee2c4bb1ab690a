import type { Locale } from 'date-fns';
import { enUS, kk, ru } from 'date-fns/locale';

export type TimelineLang = 'kk' | 'ru' | 'en' | 'kk-latn';

/**
 * date-fns locale per UI language. Kazakh in Latin script has no date-fns locale; it falls back to
 * Cyrillic kk unless the app passes its own formatters (formatDate / formatTickLabel props).
 */
export function dateLocaleOf(lang: TimelineLang): Locale {
  return lang === 'ru' ? ru : lang === 'en' ? enUS : kk;
}
