import type { ClassroomT } from '../../classroom/createClassroomT';
import type { LoadResult } from '../../state/loadEvents';

type Failure = Exclude<LoadResult, { ok: true }>;

/** One sentence for a failure; the embed is small, the full view shows field-level details. */
function sentenceOf(f: Exclude<Failure, { kind: 'consent' }>, t: ClassroomT): string {
  switch (f.kind) {
    case 'network':
      return f.status === null
        ? t('embed.data.network', { url: f.url })
        : t('embed.data.status', { url: f.url, status: f.status });
    case 'redirect':
      return t('embed.data.network', { url: f.url });
    default:
      return t(`embed.data.${f.kind}`, { url: f.url });
  }
}

/**
 * Why the embedded timeline shows no data, or (for a file on another site) the question whether
 * to load it: a school page must not send its visitors' IP addresses elsewhere unasked.
 */
export function EmbedDataNotice({
  failure,
  t,
  onAgree,
}: {
  failure: Failure;
  t: ClassroomT;
  onAgree: () => void;
}) {
  if (failure.kind !== 'consent') return <p role="alert">{sentenceOf(failure, t)}</p>;
  return (
    <section role="alert" className="classroom-embed-notice">
      <p>
        {failure.host === null
          ? t('embed.data.redirect')
          : t('embed.data.consent', { host: failure.host })}
      </p>
      <p>
        <code>{failure.url}</code>
      </p>
      <button type="button" onClick={onAgree}>
        {t('embed.data.load')}
      </button>
    </section>
  );
}
