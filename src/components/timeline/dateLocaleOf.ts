import type { Locale } from 'date-fns';
import { enUS, kk, ru } from 'date-fns/locale';
import { toKazakhLatin } from '../../model/translit';
import { formatEventDate, formatTick } from '../../timeline/formatTick';
import type { Tick } from '../../timeline/ticks';
import type { FormatDate } from './eventDateText';

export type TimelineLang = 'kk' | 'ru' | 'en' | 'kk-latn';

/**
 * date-fns locale per UI language. Kazakh in Latin script has no date-fns locale: it uses kk, and
 * the default formatters below transliterate the result.
 */
export function dateLocaleOf(lang: TimelineLang): Locale {
  return lang === 'ru' ? ru : lang === 'en' ? enUS : kk;
}

const scriptOf = (lang: TimelineLang) => (lang === 'kk-latn' ? toKazakhLatin : (s: string) => s);

/**
 * Tick label text used when the app passes no formatTickLabel ("наурыз" → "nauryz" in kk-latn).
 * @example defaultTickFormatOf('kk-latn')({ ms: Date.UTC(2022, 2), key: 'month', major: false })
 */
export function defaultTickFormatOf(lang: TimelineLang): (tick: Tick) => string {
  const [locale, script] = [dateLocaleOf(lang), scriptOf(lang)];
  return (t) => script(formatTick(t.ms, t.key, locale));
}

/** Event date text used when the app passes no formatDate (transliterated in kk-latn). */
export function defaultDateFormatOf(lang: TimelineLang): FormatDate {
  const [locale, script] = [dateLocaleOf(lang), scriptOf(lang)];
  return (ms, precision) => script(formatEventDate(ms, precision, locale));
}
