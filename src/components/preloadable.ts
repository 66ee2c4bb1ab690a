import { createElement, lazy, useState, type ComponentType } from 'react';

/**
 * `React.lazy` that can be fetched ahead with `preload()`. React.lazy suspends on its first render
 * even when its chunk is already in, so the Suspense fallback paints for a frame and what follows
 * it on the page moves twice; once `preload()` has resolved, this renders the component at once.
 * @example const TimelineArea = preloadable(() => import('./TimelineArea')); await TimelineArea.preload();
 */
export function preloadable<P extends object>(load: () => Promise<{ default: ComponentType<P> }>) {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<ComponentType<P>> | null = null;
  const preload = (): Promise<ComponentType<P>> =>
    (pending ??= load().then(
      (m) => (loaded = m.default),
      (error: unknown) => {
        pending = null; // a failed fetch may be retried by the next render
        throw error;
      },
    ));
  const Lazy = lazy(() => preload().then((c) => ({ default: c })));
  function Preloadable(props: P) {
    // An instance keeps the type it started with, so a load finishing later does not remount it.
    const [type] = useState<ComponentType<P>>(() => loaded ?? (Lazy as ComponentType<P>));
    return createElement(type, props);
  }
  return Object.assign(Preloadable, { preload });
}
