import { useId, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArticleRequest, ArticleResult } from '../../scripts/extract/browser';
import type { SourceLang } from '../model/schema';
import { precisionOf } from './precisionOf';
import { readDroppedFile } from './readDroppedFile';
import { numberLocale } from '../i18n/numberLocale';

type Ok = Extract<ArticleResult, { ok: true }>;

interface Props {
  extract: (r: ArticleRequest) => Promise<ArticleResult>;
  onResult: (r: Ok) => void;
}

/** Paste or drop an article, say when it was published, and ask for its events. */
export function ArticleForm({ extract, onResult }: Props) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [text, setText] = useState('');
  const [file, setFile] = useState<{ name: string; input: ArticleRequest['input'] } | null>(null);
  const [published, setPublished] = useState('');
  const [publisher, setPublisher] = useState('');
  const [url, setUrl] = useState('');
  const [language, setLanguage] = useState<'' | SourceLang>('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const dateOk = published.trim() === '' || precisionOf(published) !== null;

  const takeFile = async (f: File | undefined) => {
    if (!f) return;
    setError(null);
    const r = await readDroppedFile(f);
    if (!r.ok) {
      setError(t(`curation.errors.${r.code}`, { size: `${Math.round((r.size ?? 0) / 1e6)} MB` }));
      return;
    }
    if ('text' in r.input) {
      setText(r.input.text);
      setFile(null);
    } else setFile({ name: r.name, input: r.input });
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    void takeFile(e.dataTransfer.files[0]);
  };
  const submit = async () => {
    setError(null);
    setBusy(true);
    const r = await extract({
      input: file?.input ?? { text },
      ...(published.trim() ? { published: published.trim() } : {}),
      ...(publisher.trim() ? { publisher: publisher.trim() } : {}),
      ...(url.trim() ? { url: url.trim() } : {}),
      ...(language ? { language } : {}),
    });
    setBusy(false);
    if (r.ok) {
      // The date the header gave is shown where the teacher can correct it and read again.
      if (!published.trim() && r.source.publishedFrom === 'header' && r.source.published)
        setPublished(r.source.published.slice(0, 10));
      return onResult(r);
    }
    const size = new Intl.NumberFormat(numberLocale(i18n.language)).format(text.length);
    setError(
      r.message === 'worker'
        ? t('curation.errors.worker')
        : t(`curation.errors.${r.code}`, { size, message: r.message }),
    );
  };

  return (
    <form
      className="cur-form"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <p className="cur-privacy">{t('curation.privacy')}</p>
      <label htmlFor={`${id}-text`}>{t('curation.text')}</label>
      <textarea
        id={`${id}-text`}
        rows={10}
        value={file ? '' : text}
        placeholder={file?.name}
        onChange={(e) => {
          setFile(null);
          setText(e.target.value);
        }}
        onDragOver={(e) => e.preventDefault()}
        onDrop={onDrop}
      />
      <label htmlFor={`${id}-file`}>{t('curation.file')}</label>
      <input
        id={`${id}-file`}
        type="file"
        accept=".txt,.html,.htm,text/plain,text/html"
        onChange={(e) => void takeFile(e.target.files?.[0])}
      />
      {file && <p className="cur-file">{file.name}</p>}
      <div className="cur-meta">
        <label>
          {t('curation.published')}
          <input
            value={published}
            inputMode="numeric"
            placeholder="2026-03-14"
            aria-invalid={!dateOk}
            aria-describedby={`${id}-ph`}
            onChange={(e) => setPublished(e.target.value)}
          />
        </label>
        <p id={`${id}-ph`} className="cur-hint">
          {dateOk ? t('curation.publishedHint') : t('curation.review.badDate')}
        </p>
        <label>
          {t('curation.publisher')}
          <input value={publisher} onChange={(e) => setPublisher(e.target.value)} />
        </label>
        <label>
          {t('curation.url')}
          <input type="url" value={url} onChange={(e) => setUrl(e.target.value)} />
        </label>
        <label>
          {t('curation.language')}
          <select value={language} onChange={(e) => setLanguage(e.target.value as SourceLang | '')}>
            <option value="">{t('curation.auto')}</option>
            <option value="kk">{t('curation.kk')}</option>
            <option value="ru">{t('curation.ru')}</option>
          </select>
        </label>
      </div>
      {error && (
        <p role="alert" className="cur-error">
          {error}
        </p>
      )}
      <button
        type="submit"
        className="cur-primary"
        disabled={busy || !dateOk || (!file && !text.trim())}
      >
        {t('curation.find')}
      </button>
      {busy && (
        <p role="status">
          <progress aria-label={t('curation.reading')} /> {t('curation.reading')}
        </p>
      )}
    </form>
  );
}
