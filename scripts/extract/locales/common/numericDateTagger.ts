import type { Reading } from '../../dates/reading';
import { isRealDay } from '../../dates/utcCalendar';

export interface CharMatch {
  start: number;
  end: number;
  reading: Reading;
}

// prettier-ignore
const NUMERIC = new RegExp(
  '(?<![\\p{L}\\p{N}.])' +
  '(?:(?<d>\\d{1,2})\\.(?<m>\\d{1,2})\\.(?<y>\\d{4}|\\d{2})' +   // 13.02.2026, 26.04.22 (day first)
  '|(?<iy>\\d{4})-(?<im>\\d{2})-(?<id>\\d{2})' +                // 2026-02-13
  '|(?<ry>(?:19|20)\\d{2})\\.(?<rm>\\d{2})\\.(?<rd>\\d{2})(?!\\.\\d)' + // 2024.06.05 (year first)
  '|(?<![/])(?<sd>\\d{1,2})/(?<sm>\\d{1,2})/(?<sy>\\d{4})(?!/))' + // 13/02/2026 (day first)
  '(?:\\s?(?:[жг]\\.?|жыл\\p{L}*|год\\p{L}*))?' +               // "ж.", "г.", "жылы", "года"
  '(?:,?\\s*(?<h>\\d{1,2}):(?<min>\\d{2}))?' +                   // ", 21:31" or " 19:00"
  '(?![\\p{L}\\p{N}])',
  'gu',
);

// "Саясат17.09.2022, 14:05": a rubric glued to a full date, as pages copied as text run them
// together. Only a day-first date with a four-digit year, which no word ends in.
// prettier-ignore
const GLUED = new RegExp(
  '(?<=\\p{L})(?<d>\\d{1,2})\\.(?<m>\\d{1,2})\\.(?<y>\\d{4})' +
  '(?:\\s?(?:[жг]\\.?|жыл\\p{L}*|год\\p{L}*))?' +
  '(?:,?\\s*(?<h>\\d{1,2}):(?<min>\\d{2}))?' +
  '(?![\\p{L}\\p{N}])',
  'gu',
);

// "Семей.19.12.": a dateline's day and month with the closing dot and no year. Both parts have
// two digits and the dot follows, which decimals ("3.5", "19.12 млн") and clause numbers lack.
const DAY_MONTH = /(?<![\p{L}\p{N}])(?<!\p{N}[.,])(?<d>\d{2})\.(?<m>\d{2})(?=\.(?![\p{N}]))/gu;

// "19:00", "сағат 18:00-де", "в 09:37": a clock time alone.
const CLOCK =
  /(?<![\p{L}\p{N}.:])(?:(?:сағат|в)\s+)?(?<h>\d{1,2}):(?<min>\d{2})(?:-[\p{L}]+)?(?![\p{L}\p{N}:])/gu;

const isClock = (h: number, min: number) => h < 24 && min < 60;

/**
 * Numeric dates and clock times shared by Kazakh and Russian: "13.02.2026ж. 19:00",
 * "16.02.2026, 21:31", "26.04.22", "2026-02-13", "2026.02.13", "13/02/2026", "сағат 18:00-де".
 * A date followed by a clock time gives two expressions, the day (DATE) and the time on that day (TIME). Impossible days
 * ("31.02.2026") and times ("25:61") are left untagged.
 * @example numericDateTagger('16.02.2026, 21:31')[0].reading // { kind: 'cal', parts: { year: 2026, month: 2, day: 16 } }
 */
export function numericDateTagger(text: string): CharMatch[] {
  const out: CharMatch[] = [];
  for (const m of [...text.matchAll(NUMERIC), ...text.matchAll(GLUED)]) {
    const g = m.groups ?? {};
    const y = g.y ?? g.iy ?? g.sy ?? g.ry ?? '';
    // A two-digit year is the nearest century's: "26.04.22" is 2022, "01.12.99" 1999.
    const year = y.length === 2 ? Number(y) + (Number(y) < 50 ? 2000 : 1900) : Number(y);
    const month = Number(g.m ?? g.im ?? g.sm ?? g.rm);
    const day = Number(g.d ?? g.id ?? g.sd ?? g.rd);
    if (!isRealDay({ year, month, day })) continue;
    const hour = g.h === undefined ? undefined : Number(g.h);
    const minute = g.min === undefined ? undefined : Number(g.min);
    const clock = /\d{1,2}:\d{2}$/u.exec(m[0]);
    const written = clock ? m[0].replace(/,?\s*\d{1,2}:\d{2}$/u, '') : m[0];
    out.push({
      start: m.index,
      end: m.index + written.length,
      reading: { kind: 'cal', parts: { year, month, day } },
    });
    // The clock time is a TIME of its own: a dateline's day is the date, "19:00" its hour.
    if (clock && hour !== undefined && minute !== undefined && isClock(hour, minute)) {
      out.push({
        start: m.index + clock.index,
        end: m.index + m[0].length,
        reading: { kind: 'cal', parts: { year, month, day, hour, minute } },
      });
    }
  }
  for (const m of text.matchAll(DAY_MONTH)) {
    const month = Number(m.groups?.m);
    const day = Number(m.groups?.d);
    // 2000 is a leap year: 29.02 stays possible until a year is chosen.
    if (!isRealDay({ year: 2000, month, day })) continue;
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      reading: { kind: 'cal', parts: { month, day } },
    });
  }
  out.sort((a, b) => a.start - b.start);
  const dates = out.length;
  let k = 0; // both lists run left to right, so one pointer finds the date a clock may sit in
  for (const m of text.matchAll(CLOCK)) {
    const hour = Number(m.groups?.h);
    const minute = Number(m.groups?.min);
    while (k < dates && out[k]!.end <= m.index) k += 1;
    const inDate = k < dates && out[k]!.start <= m.index;
    if (!isClock(hour, minute) || inDate) continue;
    const start = m[0].startsWith('в ') ? m.index + 2 : m.index;
    out.push({
      start,
      end: m.index + m[0].length,
      reading: { kind: 'cal', parts: { hour, minute } },
    });
  }
  return out.sort((a, b) => a.start - b.start);
}
