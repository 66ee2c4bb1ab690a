import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * Registers ./sw.js (built by scripts/vite/pwa.ts) and reports when the app is ready offline or
 * a newer build is waiting. `update()` lets the waiting build take over, then reloads once.
 * Registration failures (dev server, blocked by policy or test harness) are expected: ignored.
 */
export function useServiceWorker() {
  const [needRefresh, setNeedRefresh] = useState(false);
  const [offlineReady, setOfflineReady] = useState(false);
  const registration = useRef<ServiceWorkerRegistration | null>(null);

  useEffect(() => {
    if (import.meta.env.DEV || !('serviceWorker' in navigator)) return;
    const sw = navigator.serviceWorker;
    const watch = (worker: ServiceWorker) =>
      worker.addEventListener('statechange', () => {
        if (worker.state !== 'installed') return;
        if (sw.controller) setNeedRefresh(true);
        else setOfflineReady(true);
      });
    sw.register('./sw.js')
      .then((reg) => {
        registration.current = reg;
        if (reg.waiting && sw.controller) setNeedRefresh(true);
        if (reg.installing) watch(reg.installing);
        reg.addEventListener('updatefound', () => reg.installing && watch(reg.installing));
      })
      .catch(() => undefined);
  }, []);

  const update = useCallback(() => {
    const waiting = registration.current?.waiting;
    if (!waiting) return;
    navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), {
      once: true,
    });
    waiting.postMessage({ type: 'SKIP_WAITING' });
  }, []);

  const dismiss = useCallback(() => {
    setNeedRefresh(false);
    setOfflineReady(false);
  }, []);

  return { needRefresh, offlineReady, update, dismiss };
}
