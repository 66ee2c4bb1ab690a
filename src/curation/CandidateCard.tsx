import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { displayText, titleOf } from '../components/dataText';
import { useUiLang } from '../components/useUiLang';
import { formatEventDate } from '../i18n/formatEventDate';
import { EventType, type Event, type Span } from '../model/schema';
import type { Decision, Edit } from './applyEdit';
import { precisionOf } from './precisionOf';

export interface Review {
  decision: Decision;
  edit: Edit;
}

interface Props {
  event: Event;
  index: number;
  review: Review;
  onChange: (review: Review) => void;
  onShow: (index: number) => void;
}

/** One candidate: what was found and why, the teacher's decision and their corrections. */
export function CandidateCard({ event, index, review, onChange, onShow }: Props) {
  const { t } = useTranslation();
  const { lang, locale } = useUiLang();
  const id = useId();
  const { edit, decision } = review;
  const edtf = edit.edtf ?? event.date.edtf;
  const dateOk = precisionOf(edtf) !== null;
  const edited = edtf !== event.date.edtf && dateOk;
  const title = edit.title ?? titleOf(event, lang);
  const set = (e: Partial<Edit>) => onChange({ ...review, edit: { ...edit, ...e } });
  const decide = (d: Decision) => onChange({ ...review, decision: decision === d ? 'pending' : d });
  const source = event.sources[0];
  const textLang = event.summary.lang;
  return (
    <li className={`cur-card cur-${decision}`} aria-labelledby={`${id}-h`}>
      <h4 id={`${id}-h`}>{title}</h4>
      <p className="cur-when">
        <strong>{dateOk ? formatEventDate({ edtf }, lang, locale, t) : edtf}</strong>
        {' · '}
        {t(`curation.types.${edit.type ?? event.type}`)}
        {' · '}
        {t(`curation.review.${edit.status ?? event.status}`)}
      </p>
      <p className="cur-how">
        {edited ? t('curation.review.edited') : t(`method.${event.date.method}`)}
      </p>
      {source?.evidence[0] && (
        <blockquote className="cur-evidence" aria-label={t('curation.review.evidence')}>
          <Quoted
            sentence={source.evidence[0]}
            expression={event.date.evidence?.expression}
            show={(x) => displayText(x, lang, textLang)}
          />{' '}
          <button type="button" className="cur-link" onClick={() => onShow(index)}>
            {t('curation.review.show')}
          </button>
        </blockquote>
      )}
      <div className="cur-decide" role="group" aria-label={title}>
        <button
          type="button"
          aria-pressed={decision === 'accepted'}
          onClick={() => decide('accepted')}
        >
          {t('curation.review.accept')}
        </button>
        <button
          type="button"
          aria-pressed={decision === 'rejected'}
          onClick={() => decide('rejected')}
        >
          {t('curation.review.reject')}
        </button>
        <span className="cur-state" aria-live="polite">
          {t(`curation.review.${decision}`)}
        </span>
      </div>
      <div className="cur-fields">
        <label>
          {t('curation.review.fieldTitle')}
          <input value={title} onChange={(e) => set({ title: e.target.value })} />
        </label>
        <label>
          {t('curation.review.fieldDate')}
          <input
            value={edtf}
            aria-invalid={!dateOk}
            aria-describedby={dateOk ? undefined : `${id}-bad`}
            onChange={(e) => set({ edtf: e.target.value })}
          />
        </label>
        {!dateOk && (
          <p id={`${id}-bad`} className="cur-error">
            {t('curation.review.badDate')}
          </p>
        )}
        <label>
          {t('curation.review.fieldType')}
          <select
            value={edit.type ?? event.type}
            onChange={(e) => set({ type: e.target.value as EventType })}
          >
            {EventType.options.map((ty) => (
              <option key={ty} value={ty}>
                {t(`curation.types.${ty}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('curation.review.fieldStatus')}
          <select
            value={edit.status ?? event.status}
            onChange={(e) => set({ status: e.target.value as Event['status'] })}
          >
            <option value="reported">{t('curation.review.reported')}</option>
            <option value="planned">{t('curation.review.planned')}</option>
          </select>
        </label>
      </div>
    </li>
  );
}

/** The evidence sentence with its date expression marked (when the offsets agree with the text). */
function Quoted(p: { sentence: Span; expression: Span | undefined; show: (s: string) => string }) {
  const { sentence, expression: x, show } = p;
  const from = x ? x.start - sentence.start : -1;
  const to = x ? x.end - sentence.start : -1;
  if (!x || from < 0 || sentence.text.slice(from, to) !== x.text) return <>{show(sentence.text)}</>;
  return (
    <>
      {show(sentence.text.slice(0, from))}
      <mark>{show(x.text)}</mark>
      {show(sentence.text.slice(to))}
    </>
  );
}
