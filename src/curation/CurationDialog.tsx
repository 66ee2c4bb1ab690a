/**
 * "Add an article": a modal with two tabs, adding (form, then review) and the teacher's
 * collections. Loaded lazily from the header button, with the extractor worker behind it.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArticleRequest, ArticleResult } from '../../scripts/extract/browser';
import { ArticleForm } from './ArticleForm';
import { CollectionsTab } from './CollectionsTab';
import type { CollectionsApi } from './collectionsApi';
import { extractInWorker, warmUp } from './extractInWorker';
import { ReviewScreen } from './ReviewScreen';
import './curation.css';

type Ok = Extract<ArticleResult, { ok: true }>;

interface Props {
  onClose: () => void;
  extract?: (r: ArticleRequest) => Promise<ArticleResult>;
  api?: CollectionsApi;
}

export default function CurationDialog({ onClose, extract = extractInWorker, api }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [tab, setTab] = useState<'add' | 'collections'>('add');
  const [result, setResult] = useState<Ok | null>(null);
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (extract === extractInWorker) warmUp();
  }, [extract]);
  useEffect(() => {
    const opener = document.activeElement as HTMLElement | null;
    // Modal: the page behind can be neither read by a screen reader nor reached with Tab. (Not a
    // portal: react-dom's portal would be one more chunk in every reader's first load.)
    const inerted = inertOutside(box.current);
    box.current?.focus();
    return () => {
      for (const el of inerted) el.inert = false;
      opener?.focus?.();
    };
  }, []);
  return (
    <div className="cur-backdrop">
      <div
        ref={box}
        className="cur-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={`${id}-h`}
        tabIndex={-1}
        onKeyDown={(e) => {
          if (e.key === 'Escape') onClose();
        }}
      >
        <div className="cur-top">
          <h2 id={`${id}-h`}>{t('curation.title')}</h2>
          <div role="tablist" aria-label={t('curation.title')}>
            {(['add', 'collections'] as const).map((k) => (
              <button
                key={k}
                type="button"
                role="tab"
                aria-selected={tab === k}
                onClick={() => setTab(k)}
              >
                {k === 'add' ? t('curation.tabAdd') : t('curation.tabCollections')}
              </button>
            ))}
          </div>
          <button type="button" className="cur-close" onClick={onClose}>
            {t('curation.close')}
          </button>
        </div>
        <div role="tabpanel">
          {tab === 'collections' && <CollectionsTab api={api} />}
          {/* The form stays mounted under the review, so going back keeps the text and its date. */}
          <div hidden={tab !== 'add' || result !== null}>
            <ArticleForm extract={extract} onResult={setResult} />
          </div>
          {tab === 'add' && result && (
            <ReviewScreen result={result} onBack={() => setResult(null)} api={api} />
          )}
        </div>
      </div>
    </div>
  );
}

/** Makes inert every element beside the path from `el` up to <body>; returns them to undo it. */
function inertOutside(el: HTMLElement | null): HTMLElement[] {
  const done: HTMLElement[] = [];
  for (let node = el; node && node !== document.body; node = node.parentElement) {
    for (const sib of node.parentElement?.children ?? []) {
      if (sib !== node && sib instanceof HTMLElement && !sib.inert) {
        sib.inert = true;
        done.push(sib);
      }
    }
  }
  return done;
}
