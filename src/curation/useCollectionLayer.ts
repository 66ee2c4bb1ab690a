import { useEffect, useMemo, useState } from 'react';
import type { EventsFile } from '../model/schema';
import { MARKER } from './collectionsApi';
import { mergeLayer, type Layer } from './mergeLayer';

function hasCollections(): boolean {
  try {
    return typeof indexedDB !== 'undefined' && localStorage.getItem(MARKER) !== null;
  } catch {
    return false;
  }
}

/**
 * The shipped events with the visible collections laid over them. The store is imported only for
 * a browser where a collection was once saved, so other readers load nothing more.
 */
export function useCollectionLayer(base: EventsFile): EventsFile {
  const [layers, setLayers] = useState<Layer[]>([]);
  useEffect(() => {
    let live = true;
    let off = () => {};
    const start = () =>
      void import('./collectionStore').then((store) => {
        const refresh = () =>
          void store.listCollections().then((cs) => live && setLayers(cs.filter((c) => c.visible)));
        off();
        off = store.onCollectionsChange(refresh);
        refresh();
      });
    if (hasCollections()) start();
    // The first save in this tab sets the marker; listen for it without polling.
    const onSaved = () => start();
    window.addEventListener(MARKER, onSaved, { once: true });
    return () => {
      live = false;
      off();
      window.removeEventListener(MARKER, onSaved);
    };
  }, []);
  return useMemo(() => mergeLayer(base, layers), [base, layers]);
}
