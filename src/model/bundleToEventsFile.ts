/**
 * A teacher's collection file opened as data (`?data=collection.json`): its events and sources
 * read as an events file. Anything else passes through untouched for the schema to judge. Free of
 * zod on purpose: it runs before the validator has loaded.
 */
import { SCHEMA_VERSION } from './version';

/** @example bundleToEventsFile({ format: 'shejire-collection', version: 1, collection }) */
export function bundleToEventsFile(raw: unknown): unknown {
  if (typeof raw !== 'object' || raw === null) return raw;
  const b = raw as { format?: unknown; collection?: { events?: unknown; sources?: unknown } };
  if (b.format !== 'shejire-collection' || typeof b.collection !== 'object' || !b.collection)
    return raw;
  return {
    schemaVersion: SCHEMA_VERSION,
    sources: b.collection.sources,
    events: b.collection.events,
    unplaced: [],
  };
}
