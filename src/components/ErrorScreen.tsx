import { useTranslation } from 'react-i18next';
import type { LoadResult } from '../state/loadEvents';
import type { DataIssue } from '../state/describeIssues';

type Failure = Exclude<LoadResult, { ok: true }>;

const ISSUE_CODES = [
  'invalid_type',
  'invalid_value',
  'too_small',
  'too_big',
  'invalid_format',
  'unrecognized_keys',
  'custom',
] as const;
type IssueCode = (typeof ISSUE_CODES)[number];
const LISTS = ['events', 'sources', 'unplaced'] as const;
type ListName = (typeof LISTS)[number];

/** Show this many problems; a broken extractor can produce thousands. */
const MAX_SHOWN = 20;

function IssueLine({ issue }: { issue: DataIssue }) {
  const { t } = useTranslation();
  const code: IssueCode | 'other' = (ISSUE_CODES as readonly string[]).includes(issue.code)
    ? (issue.code as IssueCode)
    : 'other';
  let where = t('error.file');
  if (issue.list !== null && issue.index !== null) {
    const list = (LISTS as readonly string[]).includes(issue.list)
      ? t(`list_name.${issue.list as ListName}`)
      : issue.list;
    const n = issue.index + 1;
    where =
      issue.itemId !== null
        ? t('error.itemWithId', { list, n, id: issue.itemId })
        : t('error.item', { list, n });
  }
  return (
    <li>
      <strong>{where}</strong>
      {issue.field !== '' && (
        <>
          , {t('error.field')} <code>{issue.field}</code>
        </>
      )}
      : {t(`issue.${code}`)} <span className="issue-detail">({issue.message})</span>
    </li>
  );
}

/** A data failure in words: which file, and for invalid data which field of which event. */
export function ErrorScreen({
  failure,
  onRetry,
  onConsent,
}: {
  failure: Failure;
  onRetry: () => void;
  /** Called when the reader agrees to load a data file from another site. */
  onConsent?: () => void;
}) {
  const { t } = useTranslation();
  if (failure.kind === 'consent') {
    const own = new URL(location.href);
    own.searchParams.delete('data');
    return (
      <section className="error-screen" role="alert" aria-labelledby="error-title">
        <h2 id="error-title">{t('consent.title')}</h2>
        <p>
          {failure.host === null
            ? t('consent.redirectExplain')
            : t('consent.explain', { host: failure.host })}
        </p>
        <p>
          <code>{failure.url}</code>
        </p>
        <button type="button" className="button" onClick={onConsent}>
          {failure.host === null
            ? t('consent.loadRedirect')
            : t('consent.load', { host: failure.host })}
        </button>{' '}
        <a className="button" href={own.href}>
          {t('consent.own')}
        </a>
      </section>
    );
  }
  return (
    <section className="error-screen" role="alert" aria-labelledby="error-title">
      <h2 id="error-title">{t('error.title')}</h2>
      {failure.kind === 'network' && (
        <>
          <p>{t('error.network', { url: failure.url })}</p>
          {failure.status !== null && <p>{t('error.status', { status: failure.status })}</p>}
        </>
      )}
      {failure.kind === 'json' && <p>{t('error.json', { url: failure.url })}</p>}
      {failure.kind === 'html' && <p>{t('error.html', { url: failure.url })}</p>}
      {failure.kind === 'url' && <p>{t('error.url', { url: failure.url })}</p>}
      {failure.kind === 'redirect' && <p>{t('error.network', { url: failure.url })}</p>}
      {failure.kind === 'schema' && (
        <>
          <p>{t('error.schema', { url: failure.url })}</p>
          <ul className="issues">
            {failure.issues.slice(0, MAX_SHOWN).map((issue, i) => (
              <IssueLine key={i} issue={issue} />
            ))}
          </ul>
          {failure.issues.length > MAX_SHOWN && (
            <p>{t('error.more', { count: failure.issues.length - MAX_SHOWN })}</p>
          )}
        </>
      )}
      <button type="button" className="button" onClick={onRetry}>
        {t('error.retry')}
      </button>
    </section>
  );
}
