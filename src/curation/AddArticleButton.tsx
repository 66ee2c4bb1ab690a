import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import './addArticle.css';

// The dialog, the review screen and (behind them) the extractor are fetched on first click only.
const CurationDialog = lazy(() => import('./CurationDialog'));

/** The header's "Add an article" button and the dialog it opens. */
export function AddArticleButton() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className="add-article"
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        {t('curation.add')}
      </button>
      {open && (
        <Suspense fallback={null}>
          <CurationDialog onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
