import { useState } from 'react';
import { createPortal } from 'react-dom';
import { toldSeasonEdtf } from '../../model/queries/toldSeason';
import type { Event, Source } from '../../model/schema';
import { createClassroomT, type ClassroomT } from '../../classroom/createClassroomT';
import { localize } from '../../classroom/localize';
import { sortChronological } from '../../classroom/sortChronological';
import { toDateLabel } from '../../classroom/toDateLabel';
import { toSvgExport } from '../../classroom/toSvgExport';
import { QrHandoff } from './QrHandoff';
import './print.css';

export interface PrintHandoutProps {
  /** The current filtered events. */
  events: readonly Event[];
  sources: readonly Source[];
  lang: string;
  /** Deep link of the current view, printed as a QR code and as text. */
  url: string;
  t?: ClassroomT;
  /** Heading; the default is the app's name for the timeline. */
  title?: string;
  /** Display script (kk-latn transliteration); identity by default. */
  display?: (text: string) => string;
  /** Where to render; document.body so print CSS can hide everything else. */
  container?: Element;
  /** The timeline's <svg> as shown: drawn at the top of the handout when it is rendered. */
  getSvg?: () => SVGSVGElement | null;
}

/** The timeline as an image for paper: light colours whatever the screen's theme. */
function paperPicture(svg: SVGSVGElement): string {
  const root = document.documentElement;
  const theme = root.dataset.theme;
  root.dataset.theme = 'light';
  try {
    const source = toSvgExport(svg, { background: '#ffffff' });
    return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(source)}`;
  } finally {
    if (theme === undefined) delete root.dataset.theme;
    else root.dataset.theme = theme;
  }
}

/**
 * A chronological handout of the filtered events, rendered into <body> and shown only by
 * `@media print` (print.css hides the app). Dates, titles, summaries and sources with their
 * urls, so the paper copy can be checked without the app. The app mounts it only while printing
 * (PrintOnDemand), so the picture of the timeline is taken when it mounts.
 */
export function PrintHandout(props: PrintHandoutProps) {
  const { lang, url } = props;
  const t = props.t ?? createClassroomT(lang);
  const show = props.display ?? ((s: string) => s);
  const byId = new Map(props.sources.map((s) => [s.id, s]));
  const events = sortChronological(props.events);
  // Drawn once, as the timeline is now: the handout is rendered when printing starts.
  const [picture] = useState(() => {
    const svg = props.getSvg?.();
    return svg ? paperPicture(svg) : null;
  });
  const handout = (
    <article className="classroom-print" lang={lang.startsWith('kk') ? 'kk' : lang}>
      <header className="classroom-print__header">
        <div>
          <h1>{show(props.title ?? t('print.heading'))}</h1>
          <p>{t('print.count', { count: events.length })}</p>
        </div>
        <div className="classroom-print__qr">
          <p>{t('print.scan')}</p>
          <QrHandoff url={url} lang={lang} t={t} heading={false} />
        </div>
      </header>
      {picture ? (
        <img className="classroom-print__picture" src={picture} alt={t('print.picture')} />
      ) : null}
      <ol className="classroom-print__events">
        {events.map((e) => (
          <li key={e.id} className="classroom-print__event">
            <p className="classroom-print__date">
              {show(toDateLabel(toldSeasonEdtf(e.date), lang))}
            </p>
            <h2>{show(localize(e.title, lang))}</h2>
            <p>{e.summary.text}</p>
            <p className="classroom-print__sources">
              {t('print.sources')}:{' '}
              {e.sources.map((ref, i) => {
                const s = byId.get(ref.sourceId);
                return (
                  <span key={ref.sourceId}>
                    {i > 0 ? '; ' : ''}
                    {[
                      s?.publisher,
                      s?.title ?? ref.sourceId,
                      s?.published && toDateLabel(s.published, lang),
                    ]
                      .filter(Boolean)
                      .join(', ')}
                    {s?.url ? <span className="classroom-print__url"> {s.url}</span> : null}
                  </span>
                );
              })}
            </p>
          </li>
        ))}
      </ol>
    </article>
  );
  const target = props.container ?? (typeof document !== 'undefined' ? document.body : null);
  return target ? createPortal(handout, target) : handout;
}
