import type { Event, EventsFile, Span } from '../schema';
import {
  COMPACT_FORMAT,
  COMPACT_VERSION,
  type CompactDateExtra,
  type CompactFile,
  type CompactSpan,
} from './format';

function spanOf(span: Span, summary: string): CompactSpan {
  const at = span.text === '' ? -1 : summary.indexOf(span.text);
  return [span.start, span.end, at >= 0 ? at : span.text];
}

function dateExtraOf(e: Event): CompactDateExtra | 0 {
  const { direction, timex, evidence } = e.date;
  if (direction === undefined && timex === undefined && evidence === undefined) return 0;
  const extra: CompactDateExtra = {};
  if (direction !== undefined) extra.direction = direction;
  if (timex !== undefined) extra.timex = timex;
  if (evidence !== undefined) {
    const s = e.summary.text;
    extra.evidence = { sourceId: evidence.sourceId, sentence: spanOf(evidence.sentence, s) };
    if (evidence.expression) extra.evidence.expression = spanOf(evidence.expression, s);
  }
  return extra;
}

/**
 * The compact, column-wise copy of an events file (see format.ts); fromCompactFile undoes it.
 * @example writeFileSync('events.min.json', JSON.stringify(toCompactFile(data)))
 */
export function toCompactFile(data: EventsFile): CompactFile {
  const ev = data.events;
  const col = <T>(f: (e: Event) => T): T[] => ev.map(f);
  const withSpan = <T extends { evidence: Span }>(xs: T[], summary: string) =>
    xs.map((x) => ({ ...x, evidence: spanOf(x.evidence, summary) }));
  return {
    format: COMPACT_FORMAT,
    version: COMPACT_VERSION,
    schemaVersion: data.schemaVersion,
    sources: data.sources,
    unplaced: data.unplaced,
    events: {
      id: col((e) => e.id),
      type: col((e) => e.type),
      themes: col((e) => e.themes),
      status: col((e) => e.status),
      edtf: col((e) => e.date.edtf),
      precision: col((e) => e.date.precision),
      certainty: col((e) => e.date.certainty),
      method: col((e) => e.date.method),
      dateExtra: col(dateExtraOf),
      titleKk: col((e) => e.title.kk),
      titleRu: col((e) => e.title.ru),
      titleEn: col((e) => e.title.en),
      summary: col((e) => e.summary.text),
      summaryLang: col((e) => e.summary.lang),
      actors: col((e) => withSpan(e.actors, e.summary.text)),
      places: col((e) => withSpan(e.places, e.summary.text)),
      organisations: col((e) => withSpan(e.organisations, e.summary.text)),
      figures: col((e) => withSpan(e.figures, e.summary.text)),
      quotes: col((e) => withSpan(e.quotes, e.summary.text)),
      sources: col((e) =>
        e.sources.map((s) => ({
          ...s,
          evidence: s.evidence.map((span) => spanOf(span, e.summary.text)),
        })),
      ),
    },
  };
}
