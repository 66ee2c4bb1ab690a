/** A teacher's named collection: accepted events, the sources they cite and those sources' texts. */
import { Collection } from '../model/collection';
import type { Event, Source } from '../model/schema';

export { Collection };

/**
 * The collection with one reviewed article added: its source and text, and its accepted events
 * merged by id (an event already there gains the source).
 */
export function addArticle(
  c: Collection,
  source: Source,
  text: string,
  events: Event[],
): Collection {
  const byId = new Map(c.events.map((e) => [e.id, e]));
  for (const e of events) {
    const had = byId.get(e.id);
    const extra = had
      ? e.sources.filter((s) => !had.sources.some((h) => h.sourceId === s.sourceId))
      : [];
    byId.set(e.id, had ? { ...had, sources: [...had.sources, ...extra] } : e);
  }
  return {
    ...c,
    events: [...byId.values()],
    sources: [...c.sources.filter((s) => s.id !== source.id), source],
    texts: { ...c.texts, [source.id]: text },
  };
}

export function newCollection(name: string, nowIso: string, id: string): Collection {
  return { id, name, created: nowIso, visible: true, events: [], sources: [], texts: {} };
}
