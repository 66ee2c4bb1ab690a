import { useEffect, useRef } from 'react';
import { toldSeasonEdtf } from '../../model/queries/toldSeason';
import type { Event } from '../../model/schema';
import type { ClassroomT } from '../../classroom/createClassroomT';
import { toDateLabel } from '../../classroom/toDateLabel';
import { toFullViewUrl } from '../../classroom/toIframeSnippet';
import type { Lang } from '../../state/viewState';
import { displayText, titleOf } from '../dataText';

export interface EmbedEventCardProps {
  event: Event;
  lang: Lang;
  t: ClassroomT;
  /** This embed page's URL: the card links to the full view of the event. */
  fullViewUrl: string;
  onClose: () => void;
}

/**
 * The embed's compact event panel: date, title and summary under the timeline, with a link to
 * the full view (sources and evidence live there). Esc or the close button hides it.
 */
export function EmbedEventCard({ event, lang, t, fullViewUrl, onClose }: EmbedEventCardProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [event.id]);
  const url = new URL(toFullViewUrl(fullViewUrl));
  url.searchParams.set('event', event.id);
  return (
    <section
      className="classroom-embed-card"
      aria-labelledby="embed-card-title"
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose();
      }}
    >
      <p className="classroom-embed-card__date">{toDateLabel(toldSeasonEdtf(event.date), lang)}</p>
      <h2 id="embed-card-title" ref={heading} tabIndex={-1}>
        {titleOf(event, lang)}
      </h2>
      <p lang={event.summary.lang}>{displayText(event.summary.text, lang, event.summary.lang)}</p>
      <p className="classroom-embed-card__actions">
        <a href={url.href} target="_blank" rel="noopener">
          {t('embed.openFull')} ↗
        </a>
        <button type="button" onClick={onClose}>
          {t('embed.closeEvent')}
        </button>
      </p>
    </section>
  );
}
