import { useMemo } from 'react';
import { createClassroomT, type ClassroomT } from '../../classroom/createClassroomT';
import { toQrSvg } from '../../classroom/toQrSvg';
import { LoopbackWarning } from './LoopbackWarning';
import './qr.css';

export interface QrHandoffProps {
  /** The deep link of the current view (absolute URL). */
  url: string;
  lang: string;
  t?: ClassroomT;
  /** Show the heading ("Open on your phone"); the print handout hides it. */
  heading?: boolean;
}

/**
 * A large QR code of the current view's deep link with the link as text below it, so pupils
 * can scan it off the projector or type it. Generated in the page (toQrSvg), never fetched.
 */
export function QrHandoff({
  url,
  lang,
  t = createClassroomT(lang),
  heading = true,
}: QrHandoffProps) {
  const svg = useMemo(() => toQrSvg(url), [url]);
  return (
    <figure className="classroom-qr">
      {heading ? <h2 className="classroom-qr__heading">{t('qr.title')}</h2> : null}
      {heading ? <LoopbackWarning url={url} t={t} /> : null}
      {svg === null ? (
        // A link longer than a QR code holds: say so and keep the link itself usable.
        <p className="classroom-qr__too-long" role="note">
          {t('qr.tooLong')}
        </p>
      ) : (
        // The SVG is our own generator's output for a string, not user-supplied markup.
        <div
          className="classroom-qr__code"
          role="img"
          aria-label={t('qr.alt')}
          data-qr-url={url}
          dangerouslySetInnerHTML={{ __html: svg }}
        />
      )}
      <figcaption className="classroom-qr__caption">
        <a className="classroom-qr__url" href={url}>
          {url}
        </a>
        <span className="classroom-qr__hint">{t('qr.hint')}</span>
      </figcaption>
    </figure>
  );
}
