/**
 * A teacher's review, applied to a build from their collection file: for the articles they
 * reviewed, the events they accepted (with their edits and hand-placed items) replace what the
 * extractor found; events from other articles stay, and one both report gains the other's source.
 * Pure. main.ts applies it when --seeds is a collection file (Inputs.curated).
 */
import type { Collection } from '../../src/model/collection';
import type { EventsFile } from '../../src/model/schema';

/** @example applyCuration(runPipeline(files, sources, tag).data, bundle.collection) */
export function applyCuration(data: EventsFile, curated: Collection): EventsFile {
  const reviewed = new Set(curated.sources.map((s) => s.id));
  const byId = new Map<string, EventsFile['events'][number]>();
  for (const e of data.events) {
    const sources = e.sources.filter((s) => !reviewed.has(s.sourceId));
    if (sources.length > 0)
      byId.set(e.id, sources.length === e.sources.length ? e : { ...e, sources });
  }
  for (const e of curated.events) {
    const had = byId.get(e.id);
    byId.set(e.id, had ? { ...e, sources: [...had.sources, ...e.sources] } : e);
  }
  const events = [...byId.values()];
  const sources = data.sources.map((s) =>
    reviewed.has(s.id)
      ? {
          ...s,
          stats: {
            ...s.stats,
            events: events.filter((e) => e.sources.some((x) => x.sourceId === s.id)).length,
          },
        }
      : s,
  );
  return { ...data, sources, events };
}
