import { useTranslation } from 'react-i18next';
import type { Event } from '../model/schema';
import { formatEventDate } from '../i18n/formatEventDate';
import { useAppData } from './DataContext';
import { statusAsOf } from './eventStatus';
import { useNowMs } from './NowContext';
import { useUiLang } from './useUiLang';

/** "Planned" for an event still ahead; "announced in advance (article of …)" once its day is past. */
export function EventStatusBadge({ event }: { event: Event }) {
  const { t } = useTranslation();
  const { lang, locale } = useUiLang();
  const { sourceById } = useAppData();
  const status = statusAsOf(event, sourceById, useNowMs());
  if (status.kind === 'reported') return null;
  if (status.kind === 'planned') return <span className="badge">{t('panel.planned')}</span>;
  const text =
    status.published === undefined
      ? t('panel.announced')
      : t('panel.announcedIn', {
          date: formatEventDate({ edtf: status.published }, lang, locale, t),
        });
  return <span className="badge">{text}</span>;
}
