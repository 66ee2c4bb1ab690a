/**
 * The collection store as the dialog sees it: injected, so component tests use an in-memory one
 * and the app uses IndexedDB (collectionStore.ts, imported only when first needed).
 */
import type { Collection } from './collection';

export interface CollectionsApi {
  list(): Promise<Collection[]>;
  put(c: Collection): Promise<void>;
  remove(id: string): Promise<void>;
}

/** Set once a collection has been saved, so the timeline opens IndexedDB only for teachers who use it. */
export const MARKER = 'shejire:collections';

export const indexedDbApi: CollectionsApi = {
  list: async () => (await import('./collectionStore')).listCollections(),
  put: async (c) => {
    await (await import('./collectionStore')).putCollection(c);
    try {
      localStorage.setItem(MARKER, '1');
    } catch {
      // Storage may be disabled: the layer still appears in this tab through the event below.
    }
    window.dispatchEvent(new CustomEvent(MARKER));
  },
  remove: async (id) => (await import('./collectionStore')).deleteCollection(id),
};

/** An in-memory store with the same contract, for tests. */
export function memoryApi(initial: Collection[] = []): CollectionsApi {
  const all = new Map(initial.map((c) => [c.id, c]));
  return {
    list: async () => [...all.values()],
    put: async (c) => void all.set(c.id, c),
    remove: async (id) => void all.delete(id),
  };
}
