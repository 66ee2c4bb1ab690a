import type { Event, EventsFile, Source } from '../model/schema';
import { SCHEMA_VERSION } from '../model/version';
import { sortChronological } from './sortChronological';

/** An EventsFile (so the same validator reads it back) plus where the selection came from. */
export type JsonExport = EventsFile & { view: { url: string; lang: string } };

/**
 * The filtered events with only the sources they cite, in chronological order. Extra keys are
 * ignored by `EventsFile.parse`, so an export is itself a valid data file.
 * @example EventsFile.parse(toJsonExport(events, sources, { url, lang: 'kk' }))
 */
export function toJsonExport(
  events: readonly Event[],
  sources: readonly Source[],
  view: { url: string; lang: string },
): JsonExport {
  const cited = new Set(events.flatMap((e) => e.sources.map((s) => s.sourceId)));
  return {
    schemaVersion: SCHEMA_VERSION,
    view: { url: view.url, lang: view.lang },
    sources: sources.filter((s) => cited.has(s.id)),
    events: sortChronological(events),
    unplaced: [],
  };
}
