/**
 * The compact events file (`events.min.json`) the app reads first: the same EventsFile, lossless,
 * stored by column (one array per field, one entry per event) so that gzip finds like next to
 * like, with evidence text that repeats the event's summary stored as an offset into it. The rich
 * events.json stays the contract for the extractor, exports and other tools; this is transport.
 */
import type { Actor, EventSource, Figure, Organisation, Place, Quote } from '../schema';

export const COMPACT_FORMAT = 'shejire-events-min';
export const COMPACT_VERSION = 1;

/**
 * A span as [start, end, text]; a number in place of text is where the text starts in the
 * event's summary (the extractor's evidence is very often the summary sentence itself).
 */
export type CompactSpan = [number, number, string | number];

type WithSpan<T> = Omit<T, 'evidence'> & { evidence: CompactSpan };

export interface CompactDateExtra {
  direction?: 'past' | 'future';
  timex?: string;
  evidence?: { sourceId: string; sentence: CompactSpan; expression?: CompactSpan };
}

/** Columns of the events: entry i of every array belongs to event i. */
export interface CompactEvents {
  id: string[];
  type: string[];
  themes: string[][];
  status: string[];
  edtf: string[];
  precision: string[];
  certainty: string[];
  method: string[];
  /** The date's optional fields, or 0 when it has none. */
  dateExtra: (CompactDateExtra | 0)[];
  titleKk: string[];
  titleRu: string[];
  titleEn: string[];
  summary: string[];
  summaryLang: string[];
  actors: WithSpan<Actor>[][];
  places: WithSpan<Place>[][];
  organisations: WithSpan<Organisation>[][];
  figures: WithSpan<Figure>[][];
  quotes: WithSpan<Quote>[][];
  sources: (Omit<EventSource, 'evidence'> & { evidence: CompactSpan[] })[][];
}

export interface CompactFile {
  format: typeof COMPACT_FORMAT;
  version: typeof COMPACT_VERSION;
  schemaVersion: number;
  /** As in events.json (few, and read whole). */
  sources: unknown[];
  unplaced: unknown[];
  events: CompactEvents;
}
