import { format } from 'date-fns';
import { enGB, kk, ru } from 'date-fns/locale';
import { edtfToParts, type DateParts } from './edtfToParts';

const LOCALES = { kk, ru, en: enGB };
// Kazakh writes the year first ("2022 ж. 1 наурыз"); Russian and English put it last.
const PATTERNS = {
  kk: { day: "yyyy 'ж.' d MMMM", month: "yyyy 'ж.' LLLL" },
  ru: { day: 'd MMMM yyyy', month: 'LLLL yyyy' },
  en: { day: 'd MMMM yyyy', month: 'LLLL yyyy' },
};

// EDTF season codes; without them a season would read as its first month ("March 2024").
const SEASONS = {
  kk: { 21: 'жылдың көктемі', 22: 'жылдың жазы', 23: 'жылдың күзі', 24: 'жылдың қысы' },
  ru: { 21: 'весна', 22: 'лето', 23: 'осень', 24: 'зима' },
  en: { 21: 'Spring', 22: 'Summer', 23: 'Autumn', 24: 'Winter' },
} as const;
const SEASON_POINT = /^(\d{4})-(2[1-4])$/u;

const keyOf = (lang: string) =>
  (lang.slice(0, 2) in LOCALES ? lang.slice(0, 2) : 'kk') as keyof typeof LOCALES;

/**
 * A season's label, or undefined when the EDTF is not one season ("2024-21" → "Spring 2024").
 * @example seasonLabel('2024-21', 'en') // 'Spring 2024'
 */
export function seasonLabel(edtf: string, lang: string): string | undefined {
  // Qualifiers (? ~ %) say how sure the date is, not which date it is.
  const m = SEASON_POINT.exec(edtf.replace(/[?~%]/gu, ''));
  if (m === null) return undefined;
  const key = keyOf(lang);
  const name = SEASONS[key][Number(m[2]) as 21 | 22 | 23 | 24];
  return key === 'kk' ? `${m[1]} ${name}` : `${name} ${m[1]}`;
}

function partLabel(p: DateParts, lang: string): string {
  const key = keyOf(lang);
  const locale = LOCALES[key];
  // A local Date built from the parts and formatted locally shows exactly those parts in any TZ.
  const d = new Date(p.year, (p.month ?? 1) - 1, p.day ?? 1);
  if (p.day !== undefined) return format(d, PATTERNS[key].day, { locale });
  if (p.month !== undefined) return format(d, PATTERNS[key].month, { locale });
  return String(p.year);
}

/**
 * A human date for handouts and slides, as precise as the EDTF and no more: "2022 ж. 1 наурыз",
 * "October 2022", "Spring 2024" (pass `toldSeasonEdtf(event.date)` for a season told), "2022", or a range joined with an en dash ("… –" for an open end).
 * @example toDateLabel('2022-10', 'en') // 'October 2022'
 */
export function toDateLabel(edtf: string, lang: string): string {
  const season = seasonLabel(edtf, lang);
  if (season !== undefined) return season;
  let parts;
  try {
    parts = edtfToParts(edtf);
  } catch {
    return edtf;
  }
  const start = partLabel(parts.start, lang);
  if (parts.end) return `${start} – ${partLabel(parts.end, lang)}`;
  return edtf.endsWith('/..') ? `${start} –` : start;
}
