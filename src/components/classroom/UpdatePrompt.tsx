import { createClassroomT, type ClassroomT } from '../../classroom/createClassroomT';

export interface UpdatePromptProps {
  /** A new build is installed and waiting. */
  needRefresh: boolean;
  /** The app has just been cached for offline use (shown once). */
  offlineReady?: boolean;
  onUpdate: () => void;
  onDismiss: () => void;
  lang: string;
  t?: ClassroomT;
}

/**
 * Tells the user that a new version was deployed and lets them reload when it suits them:
 * a teacher mid-lesson must not have the page reload under them ('prompt', not 'autoUpdate').
 * A polite status region, not a modal, so it never steals focus.
 */
export function UpdatePrompt(props: UpdatePromptProps) {
  const t = props.t ?? createClassroomT(props.lang);
  if (!props.needRefresh && !props.offlineReady) return null;
  return (
    <div className="classroom-update" role="status">
      {props.needRefresh ? (
        <>
          <span>{t('update.available')}</span>{' '}
          <button type="button" onClick={props.onUpdate}>
            {t('update.reload')}
          </button>{' '}
          <button type="button" onClick={props.onDismiss}>
            {t('update.later')}
          </button>
        </>
      ) : (
        <>
          <span>{t('update.offlineReady')}</span>{' '}
          <button type="button" onClick={props.onDismiss}>
            OK
          </button>
        </>
      )}
    </div>
  );
}
