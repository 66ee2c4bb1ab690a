import { useEffect, useState, useSyncExternalStore } from 'react';

/** Quiet time after the last gesture frame before the gesture counts as settled, ms. */
export const SETTLE_MS = 160;

interface GestureClock {
  subscribe: (listener: () => void) => () => void;
  active: () => boolean;
  /** A gesture frame happened: active now, settled SETTLE_MS after the last call. */
  touch: () => void;
  dispose: () => void;
}

function createGestureClock(settleMs: number): GestureClock {
  const listeners = new Set<() => void>();
  let active = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const set = (next: boolean) => {
    if (next === active) return;
    active = next;
    listeners.forEach((l) => l());
  };
  return {
    subscribe: (l) => (listeners.add(l), () => void listeners.delete(l)),
    active: () => active,
    touch() {
      clearTimeout(timer);
      timer = setTimeout(() => set(false), settleMs);
      set(true);
    },
    dispose: () => clearTimeout(timer),
  };
}

/**
 * Whether a wheel/drag/pinch gesture is under way, and the function its frames call.
 * An external store rather than useState: React renders store changes synchronously, in the same
 * pass as the app store's new domain, so the first gesture frame is already the cheap one.
 */
export function useGestureActive(): [active: boolean, touch: () => void] {
  const [clock] = useState(() => createGestureClock(SETTLE_MS));
  useEffect(() => clock.dispose, [clock]);
  return [useSyncExternalStore(clock.subscribe, clock.active, clock.active), clock.touch];
}
