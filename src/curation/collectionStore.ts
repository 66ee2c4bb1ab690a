/**
 * Collections kept in the browser's IndexedDB (through idb): they survive a reload and work
 * offline; nothing is sent anywhere. Loaded lazily, with the dialog or the layer, never at start.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { Collection } from './collection';

interface CurationDb extends DBSchema {
  collections: { key: string; value: Collection };
}

const DB_NAME = 'shejire-curation';
let db: Promise<IDBPDatabase<CurationDb>> | null = null;
const listeners = new Set<() => void>();

function open(): Promise<IDBPDatabase<CurationDb>> {
  db ??= openDB<CurationDb>(DB_NAME, 1, {
    upgrade(d) {
      d.createObjectStore('collections', { keyPath: 'id' });
    },
  });
  return db;
}

/** Every stored collection that still validates, oldest first (a damaged one is skipped, not fatal). */
export async function listCollections(): Promise<Collection[]> {
  const all = await (await open()).getAll('collections');
  return all
    .map((c) => Collection.safeParse(c))
    .flatMap((r) => (r.success ? [r.data] : []))
    .sort((a, b) => a.created.localeCompare(b.created));
}

export async function putCollection(c: Collection): Promise<void> {
  await (await open()).put('collections', Collection.parse(c));
  notify();
}

export async function deleteCollection(id: string): Promise<void> {
  await (await open()).delete('collections', id);
  notify();
}

/** Called after every change, so the timeline layer and the dialog show the same state. */
export function onCollectionsChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function notify(): void {
  for (const l of listeners) l();
}
