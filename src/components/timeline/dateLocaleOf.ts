import type { Locale } from 'date-fns';
import { enUS, kk, ru } from 'date-fns/locale';
import { toKazakhLatin } from '../../model/translit';
import { formatEventDate, formatTick } from '../../timeline/formatTick';
import type { SeasonCode } from '../../model/queries/toldSeason';
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

// date-fns has no season names; the app's own formatter takes them from its i18n strings.
const SEASONS: Readonly<Record<'kk' | 'ru' | 'en', Record<SeasonCode, (y: number) => string>>> = {
  kk: {
    '21': (y) => `${y} жылдың көктемі`,
    '22': (y) => `${y} жылдың жазы`,
    '23': (y) => `${y} жылдың күзі`,
    '24': (y) => `${y} жылдың қысы`,
  },
  ru: {
    '21': (y) => `весна ${y} г.`,
    '22': (y) => `лето ${y} г.`,
    '23': (y) => `осень ${y} г.`,
    '24': (y) => `зима ${y} г.`,
  },
  en: {
    '21': (y) => `Spring ${y}`,
    '22': (y) => `Summer ${y}`,
    '23': (y) => `Autumn ${y}`,
    '24': (y) => `Winter ${y}`,
  },
};

/** Event date text used when the app passes no formatDate (transliterated in kk-latn). */
export function defaultDateFormatOf(lang: TimelineLang): FormatDate {
  const [locale, script] = [dateLocaleOf(lang), scriptOf(lang)];
  const seasons = SEASONS[lang === 'ru' || lang === 'en' ? lang : 'kk'];
  return (ms, precision, season) =>
    script(
      season === undefined
        ? formatEventDate(ms, precision, locale)
        : seasons[season](new Date(ms).getUTCFullYear()),
    );
}
