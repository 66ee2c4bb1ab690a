import type { Reading } from '../../dates/reading';

export interface CharMatch {
  start: number;
  end: number;
  reading: Reading;
}

// prettier-ignore
const NUMERIC = new RegExp(
  '(?<![\\p{L}\\p{N}.])' +
  '(?:(?<d>\\d{1,2})\\.(?<m>\\d{1,2})\\.(?<y>\\d{4})' +      // 13.02.2026 (day first, as in kk/ru)
  '|(?<iy>\\d{4})-(?<im>\\d{2})-(?<id>\\d{2}))' +            // 2026-02-13
  '(?:\\s?(?:ж|г|жыл\\p{L}*|год\\p{L}*)\\.?)?' +              // "ж.", "г.", "жылы", "года"
  '(?:,?\\s*(?<h>\\d{1,2}):(?<min>\\d{2}))?' +                // ", 21:31" or " 19:00"
  '(?![\\p{L}\\p{N}])',
  'gu',
);

/**
 * Numeric dates shared by Kazakh and Russian: "13.02.2026ж. 19:00", "16.02.2026, 21:31",
 * "2026-02-13". Impossible days and months are left alone.
 * @example numericDateTagger('16.02.2026, 21:31')[0].reading // { kind: 'cal', parts: { year: 2026, month: 2, day: 16, hour: 21, minute: 31 } }
 */
export function numericDateTagger(text: string): CharMatch[] {
  const out: CharMatch[] = [];
  for (const m of text.matchAll(NUMERIC)) {
    const g = m.groups ?? {};
    const year = Number(g.y ?? g.iy);
    const month = Number(g.m ?? g.im);
    const day = Number(g.d ?? g.id);
    if (month < 1 || month > 12 || day < 1 || day > 31) continue;
    const hour = g.h === undefined ? undefined : Number(g.h);
    const minute = g.min === undefined ? undefined : Number(g.min);
    const timeOk = hour !== undefined && minute !== undefined && hour < 24 && minute < 60;
    const parts = timeOk ? { year, month, day, hour, minute } : { year, month, day };
    // A time that is not a time ("25:99") stays outside the span.
    const written = timeOk ? m[0] : m[0].replace(/,?\s*\d{1,2}:\d{2}$/u, '');
    out.push({ start: m.index, end: m.index + written.length, reading: { kind: 'cal', parts } });
  }
  return out;
}
