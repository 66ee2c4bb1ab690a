import { useCallback, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Event } from '../model/schema';
import { formatEventDate } from '../i18n/formatEventDate';
import { useAppData } from './DataContext';
import { displayText, titleOf } from './dataText';
import { EventFacts } from './EventFacts';
import { EventStatusBadge } from './EventStatusBadge';
import { EvidenceSentence } from './EvidenceSentence';
import { SourceCitation } from './SourceCitation';
import { useUiLang } from './useUiLang';

interface Props {
  event: Event;
  onClose: () => void;
  /** Move focus into the panel when it opens (not when a deep link opens it on load). */
  takeFocus: boolean;
}

/**
 * Everything known about one event, with the evidence. A non-modal complementary region:
 * the timeline stays usable beside it; Escape closes it and focus goes back where it was.
 */
export function EventPanel({ event, onClose, takeFocus }: Props) {
  const { t } = useTranslation();
  const { lang, locale } = useUiLang();
  const { sourceById } = useAppData();
  const heading = useRef<HTMLHeadingElement>(null);
  const returnTo = useRef<Element | null>(null);

  useEffect(() => {
    if (!takeFocus) return;
    returnTo.current = document.activeElement;
    heading.current?.focus();
  }, [event.id, takeFocus]);

  // Focus goes back to the opener: the timeline mark is an SVG element (not an HTMLElement) and
  // may have been redrawn, so fall back to the event's mark by its id.
  const closeAndReturn = useCallback(() => {
    const back = returnTo.current;
    const mark = document.querySelector(`[data-mark-id="${CSS.escape(event.id)}"]`);
    onClose();
    const target = back?.isConnected && back !== document.body ? back : mark;
    if (target instanceof HTMLElement || target instanceof SVGElement) target.focus();
  }, [onClose, event.id]);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented) return;
      e.preventDefault();
      closeAndReturn();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [closeAndReturn]);

  const dateEvidence = event.date.evidence;
  const dateSource = dateEvidence === undefined ? undefined : sourceById.get(dateEvidence.sourceId);
  return (
    <aside className="event-panel" aria-labelledby="event-panel-title">
      <div className="event-panel-head">
        <h2 id="event-panel-title" ref={heading} tabIndex={-1}>
          {titleOf(event, lang)}
        </h2>
        <button
          type="button"
          className="icon-button"
          onClick={closeAndReturn}
          aria-label={t('panel.close')}
        >
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <p className="event-date">
        <time dateTime={event.date.edtf.split('/')[0]}>
          {formatEventDate(event.date, lang, locale, t)}
        </time>
        <EventStatusBadge event={event} />
      </p>
      <p className="how-dated">
        <span className="visually-hidden">{t('panel.howDated')}: </span>
        {t(`method.${event.date.method}`)}{' '}
        {/* A date the teacher set is theirs: "stated in the article" would misattribute it. */}
        {event.date.method !== 'edited' && (
          <span className="certainty">({t(`certainty.${event.date.certainty}`)})</span>
        )}
      </p>
      {dateEvidence !== undefined && (
        <p className="date-evidence">
          <EvidenceSentence
            sentence={dateEvidence.sentence}
            expression={dateEvidence.expression}
            lang={lang}
            textLang={dateSource?.language ?? 'kk'}
          />
        </p>
      )}
      <section aria-labelledby="panel-summary">
        <h3 id="panel-summary">{t('panel.summary')}</h3>
        {/* A sentence quoted from the article, not a translation: say so, and in which language. */}
        <p className="summary-origin">{t(`panel.summaryFrom.${event.summary.lang}`)}</p>
        <p lang={event.summary.lang}>{displayText(event.summary.text, lang, event.summary.lang)}</p>
      </section>
      <EventFacts event={event} />
      <section aria-labelledby="panel-sources">
        <h3 id="panel-sources">{t('panel.sources')}</h3>
        <ul className="citations">
          {event.sources.map((cite) => (
            <SourceCitation
              key={cite.sourceId}
              cite={cite}
              source={sourceById.get(cite.sourceId)}
              date={event.date}
            />
          ))}
        </ul>
      </section>
    </aside>
  );
}
