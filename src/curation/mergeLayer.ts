/**
 * The shipped timeline with teachers' collections laid over it. As the extractor merges across
 * articles, an event whose id is already there (ids derive from type, subject and date) gains the
 * new article as a source instead of appearing twice; every other event is added.
 */
import type { Event, EventsFile, Source } from '../model/schema';

export interface Layer {
  id: string;
  events: Event[];
  sources: Source[];
}

/** @example mergeLayer(shipped, [collection]).events.length >= shipped.events.length */
export function mergeLayer(base: EventsFile, layers: Layer[]): EventsFile {
  if (layers.length === 0) return base;
  const events = new Map(base.events.map((e) => [e.id, e]));
  const sources = new Map(base.sources.map((s) => [s.id, s]));
  for (const layer of layers) {
    for (const s of layer.sources) if (!sources.has(s.id)) sources.set(s.id, s);
    for (const e of layer.events) {
      const had = events.get(e.id);
      if (!had) {
        events.set(e.id, e);
        continue;
      }
      const known = new Set(had.sources.map((s) => s.sourceId));
      const extra = e.sources.filter((s) => !known.has(s.sourceId));
      if (extra.length > 0) events.set(e.id, { ...had, sources: [...had.sources, ...extra] });
    }
  }
  return { ...base, sources: [...sources.values()], events: [...events.values()] };
}
