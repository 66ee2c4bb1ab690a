/**
 * Reads a compact events file (format.ts) back into the rich shape, before validation: whatever
 * comes out goes through the same zod schema as events.json, so a broken compact file is reported
 * field by field like any other (`events[3].date.edtf`). Never throws; anything that is not a
 * compact file passes through untouched. Free of zod, like bundleToEventsFile.
 */
import { COMPACT_FORMAT, type CompactEvents } from './format';

const isObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

function spanFrom(x: unknown, summary: unknown): unknown {
  if (!Array.isArray(x) || x.length !== 3) return x;
  const [start, end, text] = x as [unknown, unknown, unknown];
  const fromSummary =
    typeof text === 'number' && typeof summary === 'string' && typeof start === 'number';
  return {
    start,
    end,
    text: fromSummary ? summary.slice(text, text + ((end as number) - start)) : text,
  };
}

function withSpans(list: unknown, summary: unknown): unknown {
  if (!Array.isArray(list)) return list;
  return list.map((x) => (isObject(x) ? { ...x, evidence: spanFrom(x.evidence, summary) } : x));
}

function dateOf(c: Columns, i: number, summary: unknown): Record<string, unknown> {
  const date: Record<string, unknown> = {
    edtf: c.edtf?.[i],
    precision: c.precision?.[i],
    certainty: c.certainty?.[i],
    method: c.method?.[i],
  };
  const extra = c.dateExtra?.[i];
  if (!isObject(extra)) return date;
  if (extra.direction !== undefined) date.direction = extra.direction;
  if (extra.timex !== undefined) date.timex = extra.timex;
  const ev = extra.evidence;
  if (isObject(ev)) {
    const evidence: Record<string, unknown> = {
      sourceId: ev.sourceId,
      sentence: spanFrom(ev.sentence, summary),
    };
    if (ev.expression !== undefined) evidence.expression = spanFrom(ev.expression, summary);
    date.evidence = evidence;
  } else if (ev !== undefined) date.evidence = ev;
  return date;
}

type Columns = { [K in keyof CompactEvents]?: unknown[] };

function eventAt(c: Columns, i: number): Record<string, unknown> {
  const summary = c.summary?.[i];
  const sources = c.sources?.[i];
  return {
    id: c.id?.[i],
    type: c.type?.[i],
    themes: c.themes?.[i],
    status: c.status?.[i],
    date: dateOf(c, i, summary),
    title: { kk: c.titleKk?.[i], ru: c.titleRu?.[i], en: c.titleEn?.[i] },
    summary: { text: summary, lang: c.summaryLang?.[i] },
    actors: withSpans(c.actors?.[i], summary),
    places: withSpans(c.places?.[i], summary),
    organisations: withSpans(c.organisations?.[i], summary),
    figures: withSpans(c.figures?.[i], summary),
    quotes: withSpans(c.quotes?.[i], summary),
    sources: Array.isArray(sources)
      ? sources.map((s: unknown) =>
          isObject(s) && Array.isArray(s.evidence)
            ? { ...s, evidence: s.evidence.map((x: unknown) => spanFrom(x, summary)) }
            : s,
        )
      : sources,
  };
}

/** @example EventsFile.safeParse(fromCompactFile(JSON.parse(text))) */
export function fromCompactFile(raw: unknown): unknown {
  if (!isObject(raw) || raw.format !== COMPACT_FORMAT) return raw;
  const columns = raw.events;
  if (!isObject(columns) || !Array.isArray(columns.id)) {
    return { schemaVersion: raw.schemaVersion, sources: raw.sources, events: columns };
  }
  const c: Columns = {};
  for (const [key, value] of Object.entries(columns))
    if (Array.isArray(value)) c[key as keyof Columns] = value;
  return {
    schemaVersion: raw.schemaVersion,
    sources: raw.sources,
    events: columns.id.map((_, i) => eventAt(c, i)),
    unplaced: raw.unplaced,
  };
}
