import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArticleResult } from '../../scripts/extract/browser';
import { useUiLang } from '../components/useUiLang';
import { formatEventDate } from '../i18n/formatEventDate';
import type { Event } from '../model/schema';
import { applyEdit, placeUnplaced } from './applyEdit';
import { ArticleText } from './ArticleText';
import type { CollectionsApi } from './collectionsApi';
import { CandidateCard, type Review } from './CandidateCard';
import { SaveToCollection } from './SaveToCollection';
import { UnplacedItem, type Placement } from './UnplacedItem';

type Ok = Extract<ArticleResult, { ok: true }>;

interface Props {
  result: Ok;
  onBack: () => void;
  api?: CollectionsApi;
}

const PENDING: Review = { decision: 'pending', edit: {} };

/** The events a review keeps: accepted candidates with their edits, and items placed by hand. */
export function reviewedEvents(
  result: Ok,
  reviews: Record<number, Review>,
  placed: Record<number, Placement>,
): Event[] {
  const kept: Event[] = [];
  result.data.events.forEach((e, i) => {
    const r = reviews[i];
    if (r?.decision !== 'accepted') return;
    try {
      kept.push(applyEdit(e, r.edit));
    } catch {
      // An unreadable date keeps the extractor's; the card already says the date is not valid.
      kept.push(applyEdit(e, { ...r.edit, edtf: undefined }));
    }
  });
  result.data.unplaced.forEach((u, i) => {
    const p = placed[i];
    const e = p && placeUnplaced(u, p, result.source.language);
    if (e) kept.push(e);
  });
  return kept;
}

/** Review before anything joins the timeline: the marked text beside the candidate list. */
export function ReviewScreen({ result, onBack, api }: Props) {
  const { t } = useTranslation();
  const { lang, locale } = useUiLang();
  const id = useId();
  const [reviews, setReviews] = useState<Record<number, Review>>({});
  const [placed, setPlaced] = useState<Record<number, Placement>>({});
  const [focus, setFocus] = useState<number | null>(null);
  const { data, source, text } = result;
  const kept = useMemo(() => reviewedEvents(result, reviews, placed), [result, reviews, placed]);
  useEffect(() => {
    if (focus !== null)
      document.getElementById(`cur-ev-${focus}`)?.scrollIntoView?.({ block: 'center' });
  }, [focus]);
  const from = source.publishedFrom === 'sources.json' ? 'given' : source.publishedFrom;
  return (
    <div className="cur-review" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{t('curation.review.title')}</h3>
      <p>
        {t(`curation.review.from.${from}`, {
          date: source.published
            ? formatEventDate({ edtf: source.published }, lang, locale, t)
            : '',
        })}{' '}
        {t('curation.review.language', { lang: t(`curation.${source.language}`) })}{' '}
        {t('curation.review.summary', {
          events: data.events.length,
          unplaced: data.unplaced.length,
          ms: Math.round(result.ms),
        })}
      </p>
      {result.problems.length > 0 && (
        <ul className="cur-problems">
          {result.problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      <div className="cur-columns">
        <ArticleText
          text={text}
          events={data.events}
          unplaced={data.unplaced}
          focus={focus}
          label={t('curation.review.text')}
        />
        <div className="cur-lists">
          <h4>{t('curation.review.candidates')}</h4>
          <ol className="cur-cards" aria-label={t('curation.review.candidates')}>
            {data.events.map((e, i) => (
              <CandidateCard
                key={e.id}
                event={e}
                index={i}
                review={reviews[i] ?? PENDING}
                onChange={(r) => setReviews((all) => ({ ...all, [i]: r }))}
                onShow={setFocus}
              />
            ))}
          </ol>
          {data.unplaced.length > 0 && (
            <>
              <h4>{t('curation.review.unplaced')}</h4>
              <ul className="cur-unplaced-list" aria-label={t('curation.review.unplaced')}>
                {data.unplaced.map((u, i) => (
                  <UnplacedItem
                    key={`${u.kind}-${u.evidence?.start ?? i}`}
                    item={u}
                    placed={placed[i]}
                    onPlace={(p) =>
                      setPlaced((all) => {
                        const next = { ...all };
                        if (p) next[i] = p;
                        else delete next[i];
                        return next;
                      })
                    }
                  />
                ))}
              </ul>
            </>
          )}
        </div>
      </div>
      <SaveToCollection source={source} text={text} events={kept} onBack={onBack} api={api} />
    </div>
  );
}
