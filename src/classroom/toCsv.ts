import type { Event, Source } from '../model/schema';
import { localize } from './localize';
import { sortChronological } from './sortChronological';

export const CSV_COLUMNS = [
  'id',
  'date',
  'precision',
  'type',
  'title',
  'summary',
  'places',
  'actors',
  'sources',
] as const;

/**
 * One RFC 4180 field: quoted when it holds a comma, quote or line break, quotes doubled.
 * Cells that a spreadsheet would run as a formula (=, +, @, or - followed by a non-space) get a
 * leading apostrophe, because teachers open these files in Excel (OWASP "CSV injection").
 * @example toCsvField('a "b", c') // '"a ""b"", c"'
 */
export function toCsvField(value: string): string {
  const safe = /^(?:[=+@\t\r]|-\S)/u.test(value) ? `'${value}` : value;
  return /[",\r\n]/u.test(safe) ? `"${safe.replace(/"/gu, '""')}"` : safe;
}

/**
 * The events as CSV in chronological order: UTF-8 with a byte-order mark (so Excel reads
 * Kazakh letters), CRLF line ends, a header row. Lists are joined with "; ". A source shows
 * its url, or its title when the url is unknown.
 * @example toCsv(events, sources, 'kk').startsWith('\uFEFFid,date,')
 */
export function toCsv(events: readonly Event[], sources: readonly Source[], lang: string): string {
  const byId = new Map(sources.map((s) => [s.id, s]));
  const rows = sortChronological(events).map((e) =>
    [
      e.id,
      e.date.edtf,
      e.date.precision,
      e.type,
      localize(e.title, lang),
      e.summary.text,
      e.places.map((p) => localize(p.name, lang)).join('; '),
      unique(e.actors.map((a) => a.name)).join('; '),
      e.sources
        .map((s) => byId.get(s.sourceId))
        .map((s, i) => s?.url ?? s?.title ?? e.sources[i]?.sourceId ?? '')
        .join('; '),
    ]
      .map(toCsvField)
      .join(','),
  );
  return `\uFEFF${[CSV_COLUMNS.join(','), ...rows].join('\r\n')}\r\n`;
}

function unique(xs: string[]): string[] {
  return [...new Set(xs)];
}
