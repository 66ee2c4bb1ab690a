import { useId, useMemo, useState } from 'react';
import { createClassroomT, type ClassroomT } from '../../classroom/createClassroomT';
import { EMBED_RESIZE_SNIPPET } from '../../classroom/embed-snippet';
import { toEmbedUrl, toIframeSnippet } from '../../classroom/toIframeSnippet';
import { LoopbackWarning } from './LoopbackWarning';
import './embed.css';

export interface EmbedDialogProps {
  /** Deep link of the current view (absolute URL of the full app). */
  url: string;
  lang: string;
  t?: ClassroomT;
  /** Starting height in CSS px. */
  defaultHeight?: number;
  onClose?: () => void;
  /** Injected for tests; navigator.clipboard by default. */
  copy?: (text: string) => Promise<void>;
}

/**
 * The embed code for a school site: an <iframe> of embed.html with the current view's
 * parameters and a chosen height, and the optional auto-height script. Plain text areas so
 * the code can be selected by keyboard when the clipboard API is unavailable.
 */
export function EmbedDialog(props: EmbedDialogProps) {
  const { url, lang } = props;
  const t = props.t ?? createClassroomT(lang);
  const [height, setHeight] = useState(props.defaultHeight ?? 600);
  const [copied, setCopied] = useState<string | null>(null);
  const id = useId();
  const snippet = useMemo(
    () => toIframeSnippet({ src: toEmbedUrl(url), title: t('embed.frameTitle'), height }),
    [url, height, t],
  );
  const copy =
    props.copy ??
    ((text: string) =>
      navigator.clipboard
        ? navigator.clipboard.writeText(text)
        : Promise.reject(new Error('no clipboard')));
  const onCopy = (which: string, text: string) =>
    copy(text).then(
      () => setCopied(which),
      () => setCopied(null),
    );

  return (
    <section className="classroom-embed" role="dialog" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('embed.title')}</h2>
      <LoopbackWarning url={url} t={t} />
      <label htmlFor={`${id}-height`}>{t('embed.height')}</label>
      <input
        id={`${id}-height`}
        type="number"
        min={200}
        max={3000}
        step={50}
        value={height}
        onChange={(e) => setHeight(Number(e.target.value) || 600)}
      />
      <label htmlFor={`${id}-code`}>{t('embed.code')}</label>
      <textarea
        id={`${id}-code`}
        readOnly
        rows={4}
        value={snippet}
        onFocus={(e) => e.target.select()}
      />
      <button type="button" onClick={() => void onCopy('code', snippet)}>
        {copied === 'code' ? t('embed.copied') : t('embed.copy')}
      </button>
      <label htmlFor={`${id}-script`}>{t('embed.script')}</label>
      <textarea
        id={`${id}-script`}
        readOnly
        rows={6}
        value={EMBED_RESIZE_SNIPPET}
        onFocus={(e) => e.target.select()}
      />
      <button type="button" onClick={() => void onCopy('script', EMBED_RESIZE_SNIPPET)}>
        {copied === 'script' ? t('embed.copied') : t('embed.copy')}
      </button>
      {props.onClose ? (
        <button type="button" onClick={props.onClose}>
          {t('embed.close')}
        </button>
      ) : null}
    </section>
  );
}
