/** How precise a date a teacher typed is, in the schema's terms; null when it is not EDTF we draw. */
import type { Precision } from '../model/schema';
import { edtfRange } from '../model/queries';

/**
 * @example precisionOf('2026-03') // 'month'
 * @example precisionOf('3 March') // null
 */
export function precisionOf(edtf: string): Precision | null {
  const s = edtf.trim();
  if (s.includes('/')) {
    const [a = '', b = ''] = s.split('/');
    const ok = (x: string) => x === '..' || x === '' || precisionOf(x) !== null;
    return ok(a) && ok(b) && (a || b) && edtfRange(s) !== null ? 'interval' : null;
  }
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/u.exec(s);
  if (m === null) return null;
  const [, , mm, dd] = m;
  if (mm === undefined) return 'year';
  const month = Number(mm);
  if (dd === undefined) {
    if (month >= 21 && month <= 24) return 'season';
    return month >= 1 && month <= 12 ? 'month' : null;
  }
  const day = Number(dd);
  const y = Number(m[1]);
  const last = new Date(Date.UTC(y, month, 0)).getUTCDate();
  return month >= 1 && month <= 12 && day >= 1 && day <= last ? 'day' : null;
}
