import { useEffect, useLayoutEffect, useState, useSyncExternalStore } from 'react';
import type { Domain } from '../../timeline/domain';

/** Quiet time after the last gesture frame before the gesture counts as settled, ms. */
export const SETTLE_MS = 160;

interface LiveDomainStore {
  subscribe: (listener: () => void) => () => void;
  get: () => Domain | null;
  /** A gesture frame: this domain is drawn now; the gesture settles settleMs after the last. */
  move: (domain: Domain) => void;
  /** Drops the gesture's domain without reporting it (the props moved on). */
  cancel: () => void;
  /** What hears of a settled gesture's domain (the newest callback the component was given). */
  setOnSettle: (onSettle: (domain: Domain) => void) => void;
  /** Reports a gesture still under way (the timeline is going away) and stops the clock. */
  dispose: () => void;
}

function createLiveDomainStore(settleMs: number): LiveDomainStore {
  const listeners = new Set<() => void>();
  let onSettle: (domain: Domain) => void = () => {};
  let live: Domain | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const set = (next: Domain | null) => {
    if (next === live) return;
    live = next;
    listeners.forEach((l) => l());
  };
  const settle = () => {
    clearTimeout(timer);
    const settled = live;
    // Reported first, cleared after: both land in one render, so nothing jumps back.
    if (settled) onSettle(settled);
    set(null);
  };
  return {
    subscribe: (l) => (listeners.add(l), () => void listeners.delete(l)),
    get: () => live,
    move(domain) {
      clearTimeout(timer);
      timer = setTimeout(settle, settleMs);
      set(domain);
    },
    cancel() {
      clearTimeout(timer);
      set(null);
    },
    setOnSettle: (f) => void (onSettle = f),
    dispose: settle,
  };
}

/**
 * The domain a wheel, drag or pinch is drawing, kept here while the gesture runs and reported
 * (onSettle) once it settles: writing every frame to the app's store would re-render the whole
 * app per frame (filters, panels, the URL), which at 10,000 events costs far more than a frame.
 * An external store rather than useState: React renders its changes synchronously, inside the
 * animation frame that asked for them. null when no gesture is under way.
 */
export function useLiveDomain(
  onSettle: (domain: Domain) => void,
): [live: Domain | null, move: (domain: Domain) => void, cancel: () => void] {
  const [store] = useState(() => createLiveDomainStore(SETTLE_MS));
  useLayoutEffect(() => store.setOnSettle(onSettle), [store, onSettle]);
  useEffect(() => store.dispose, [store]);
  return [useSyncExternalStore(store.subscribe, store.get, store.get), store.move, store.cancel];
}
