import { useTranslation } from 'react-i18next';

/** A deep link named an event that is not in the data (renamed, or an old link): say so, keep going. */
export function UnknownIdNotice({ id, onDismiss }: { id: string; onDismiss: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="notice" role="alert">
      <p>{t('notice.unknownId', { id })}</p>
      <button type="button" className="text-button" onClick={onDismiss}>
        {t('notice.dismiss')}
      </button>
    </div>
  );
}
