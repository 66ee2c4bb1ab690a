/// <reference types="vite-plugin-pwa/react" />
import { useRegisterSW } from 'virtual:pwa-register/react';
import type { ClassroomT } from '../../classroom/createClassroomT';
import { UpdatePrompt } from './UpdatePrompt';

/**
 * Registers the service worker built by scripts/vite/pwa.ts and shows UpdatePrompt when a new
 * build waits. Needs the PWA plugin in vite.config.ts (the virtual module comes from it); the
 * view itself is UpdatePrompt, tested without a service worker.
 */
export function PwaUpdatePrompt({ lang, t }: { lang: string; t?: ClassroomT }) {
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    offlineReady: [offlineReady, setOfflineReady],
    updateServiceWorker,
  } = useRegisterSW();
  return (
    <UpdatePrompt
      lang={lang}
      t={t}
      needRefresh={needRefresh}
      offlineReady={offlineReady}
      onUpdate={() => void updateServiceWorker(true)}
      onDismiss={() => {
        setNeedRefresh(false);
        setOfflineReady(false);
      }}
    />
  );
}
