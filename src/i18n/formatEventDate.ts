import { format, type Locale } from 'date-fns';
import type { TFunction } from 'i18next';
import { toldSeasonEdtf } from '../model/queries/toldSeason';
import type { EventDate } from '../model/schema';
import { toKazakhLatin } from '../model/translit';
import type { Lang } from '../state/viewState';

type Grain = 'day' | 'month' | 'year';

// Kazakh writes the year first ("2022 ж. 1 наурыз"); Russian and English day first.
const PATTERNS: Readonly<Record<'kk' | 'ru' | 'en', Record<Grain, string>>> = {
  kk: { day: "y 'ж.' d MMMM", month: "y 'ж.' LLLL", year: 'y' },
  ru: { day: "d MMMM y 'г.'", month: "LLLL y 'г.'", year: 'y' },
  en: { day: 'd MMMM y', month: 'LLLL y', year: 'y' },
};

/** date-fns formats in local time: rebuild the UTC calendar day as a local date. */
function utcPartsToLocal(y: number, m: number, d: number): Date {
  const date = new Date(2000, 0, 1);
  date.setFullYear(y, m, d);
  return date;
}

const SINGLE = /^(-?\d{4})(?:-(\d{2}))?(?:-(\d{2}))?(?:T(\d{2}):(\d{2}))?/u;

/** One EDTF point, formatted as precisely as it is written. */
export function formatEdtfPoint(
  point: string,
  lang: Lang,
  locale: Locale | undefined,
  t: TFunction,
): string {
  const m = SINGLE.exec(point.replace(/[?~%]/gu, ''));
  if (m === null) return point;
  const year = Number(m[1]);
  const base = lang === 'kk-latn' ? 'kk' : lang;
  const pattern = PATTERNS[base];
  let text: string;
  if (m[2] === undefined) text = t('date.year', { year });
  else if (Number(m[2]) >= 21 && Number(m[2]) <= 24) {
    text = t(`season.${m[2] as '21' | '22' | '23' | '24'}`, { year });
  } else if (m[3] === undefined) {
    text = format(utcPartsToLocal(year, Number(m[2]) - 1, 1), pattern.month, { locale });
  } else {
    text = format(utcPartsToLocal(year, Number(m[2]) - 1, Number(m[3])), pattern.day, { locale });
    if (m[4] !== undefined) text += `, ${m[4]}:${m[5]}`;
  }
  return lang === 'kk-latn' ? toKazakhLatin(text) : text;
}

/**
 * An event's date as precisely as the data allows: day, month, season or year, or an interval.
 * The extractor dates an event told in a season by its year (a season has no agreed bounds) and
 * keeps the season in the date's timex: that year is named with its season ("Spring 2024").
 * @example formatEventDate({ edtf: '2022-04', … }, 'ru', ru, t) // 'апрель 2022 г.'
 */
export function formatEventDate(
  date: Pick<EventDate, 'edtf' | 'timex'>,
  lang: Lang,
  locale: Locale | undefined,
  t: TFunction,
): string {
  const { edtf } = date;
  if (!edtf.includes('/')) return formatEdtfPoint(toldSeasonEdtf(date), lang, locale, t);
  const [a = '', b = ''] = edtf.split('/');
  const open = (s: string) => s === '' || s === '..';
  if (open(a) && open(b)) return t('date.unknown');
  if (open(b)) return t('date.from', { from: formatEdtfPoint(a, lang, locale, t) });
  if (open(a)) return t('date.until', { to: formatEdtfPoint(b, lang, locale, t) });
  return t('date.range', {
    from: formatEdtfPoint(a, lang, locale, t),
    to: formatEdtfPoint(b, lang, locale, t),
  });
}
