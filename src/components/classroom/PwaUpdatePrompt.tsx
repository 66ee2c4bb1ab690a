import type { ClassroomT } from '../../classroom/createClassroomT';
import { useServiceWorker } from '../../classroom/useServiceWorker';
import { UpdatePrompt } from './UpdatePrompt';

/**
 * Registers the offline service worker and shows UpdatePrompt when the app is ready offline or a
 * new build waits. The view itself is UpdatePrompt, tested without a service worker.
 */
export function PwaUpdatePrompt({ lang, t }: { lang: string; t?: ClassroomT }) {
  const { needRefresh, offlineReady, update, dismiss } = useServiceWorker();
  return (
    <UpdatePrompt
      lang={lang}
      t={t}
      needRefresh={needRefresh}
      offlineReady={offlineReady}
      onUpdate={update}
      onDismiss={dismiss}
    />
  );
}
