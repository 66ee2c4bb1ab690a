import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Unplaced } from '../model/schema';
import { precisionOf } from './precisionOf';

export interface Placement {
  edtf: string;
  title: string;
}

interface Props {
  item: Unplaced;
  placed: Placement | undefined;
  onPlace: (p: Placement | undefined) => void;
}

/** Something the extractor could not place, with its reason; the teacher may place it by hand. */
export function UnplacedItem({ item, placed, onPlace }: Props) {
  const { t } = useTranslation();
  const [edtf, setEdtf] = useState(placed?.edtf ?? '');
  const [title, setTitle] = useState(placed?.title ?? '');
  const ok = precisionOf(edtf) !== null && title.trim() !== '';
  return (
    <li className="cur-unplaced">
      <p>
        <strong>{t(`unplaced.${item.kind}`)}</strong>: {t(`unplaced.reasons.${item.reasonCode}`)}
      </p>
      {item.evidence && <blockquote className="cur-evidence">{item.evidence.text}</blockquote>}
      {item.evidence && item.kind !== 'article' && (
        <details open={placed !== undefined}>
          <summary>{t('curation.review.place')}</summary>
          <div className="cur-fields">
            <label>
              {t('curation.review.fieldTitle')}
              <input value={title} onChange={(e) => setTitle(e.target.value)} />
            </label>
            <label>
              {t('curation.review.fieldDate')}
              <input value={edtf} onChange={(e) => setEdtf(e.target.value)} />
            </label>
            <button
              type="button"
              aria-pressed={placed !== undefined}
              disabled={!ok && placed === undefined}
              onClick={() =>
                onPlace(placed ? undefined : { edtf: edtf.trim(), title: title.trim() })
              }
            >
              {placed ? t('curation.review.accepted') : t('curation.review.accept')}
            </button>
          </div>
        </details>
      )}
    </li>
  );
}
