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

function partLabel(p: DateParts, lang: string): string {
  const key = (lang.slice(0, 2) in LOCALES ? lang.slice(0, 2) : 'kk') as keyof typeof LOCALES;
  const locale = LOCALES[key];
  // A local Date built from the parts and formatted locally shows exactly those parts in any TZ.
  const d = new Date(p.year, (p.month ?? 1) - 1, p.day ?? 1);
  if (p.day !== undefined) return format(d, PATTERNS[key].day, { locale });
  if (p.month !== undefined) return format(d, PATTERNS[key].month, { locale });
  return String(p.year);
}

/**
 * A human date for handouts and slides, as precise as the EDTF and no more: "2022 ж. 1 наурыз",
 * "October 2022", "2022", or a range joined with an en dash ("… –" for an open end).
 * @example toDateLabel('2022-10', 'en') // 'October 2022'
 */
export function toDateLabel(edtf: string, lang: string): string {
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
