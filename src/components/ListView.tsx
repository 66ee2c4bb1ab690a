import { useTranslation } from 'react-i18next';
import type { Event } from '../model/schema';
import { formatEventDate } from '../i18n/formatEventDate';
import { displayText, titleOf } from './dataText';
import { EventStatusBadge } from './EventStatusBadge';
import { useUiLang } from './useUiLang';

interface Props {
  /** Already filtered and in timeline order. */
  events: readonly Event[];
  selectedId: string | null;
  onSelect: (id: string) => void;
}

/** The timeline as an ordered list: for screen readers, keyboards and small screens. */
export function ListView({ events, selectedId, onSelect }: Props) {
  const { t } = useTranslation();
  const { lang, locale } = useUiLang();
  return (
    <section className="list-view" aria-labelledby="list-title">
      <h2 id="list-title">{t('list.title')}</h2>
      {events.length === 0 ? (
        <p>{t('list.empty')}</p>
      ) : (
        <ol className="event-list">
          {events.map((e) => (
            <li key={e.id} data-lane={e.themes[0]}>
              <button
                type="button"
                className="event-list-item"
                aria-current={e.id === selectedId ? 'true' : undefined}
                onClick={() => onSelect(e.id)}
              >
                <span className="event-list-date">
                  <time dateTime={e.date.edtf.split('/')[0]}>
                    {formatEventDate(e.date, lang, locale, t)}
                  </time>
                  <EventStatusBadge event={e} />
                </span>
                <span className="event-list-title">{titleOf(e, lang)}</span>
                <span className="event-list-summary">
                  {displayText(e.summary.text, lang, e.summary.lang)}
                </span>
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
