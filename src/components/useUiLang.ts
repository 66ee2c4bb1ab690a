import type { Locale } from 'date-fns';
import { useTranslation } from 'react-i18next';
import { dateLocaleOf } from '../i18n/dateLocale';
import { isLang, type Lang } from '../state/viewState';

/**
 * The language the UI is showing now (i18next's, which switches only once strings are loaded),
 * with its date-fns locale (undefined only before loading: date-fns then uses English).
 */
export function useUiLang(): { lang: Lang; locale: Locale | undefined } {
  const { i18n } = useTranslation();
  const lang = isLang(i18n.language) ? i18n.language : 'kk';
  return { lang, locale: dateLocaleOf(lang) };
}
