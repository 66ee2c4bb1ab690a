import type { ClassroomT } from '../../classroom/createClassroomT';
import { localize } from '../../classroom/localize';
import { toDateLabel } from '../../classroom/toDateLabel';
import { toldSeasonEdtf } from '../../model/queries/toldSeason';
import type { PresentationStep } from './PresentationMode';

export interface PresentationCaptionProps {
  step: PresentationStep | undefined;
  lang: string;
  title?: string;
  t: ClassroomT;
  display: (text: string) => string;
}

/**
 * The projected text of one step: date, title, summary and the teacher's note. A polite live
 * region, so a screen reader announces each new event as the teacher steps.
 */
export function PresentationCaption({ step, lang, title, t, display }: PresentationCaptionProps) {
  const e = step?.event;
  return (
    <section className="classroom-presentation__caption" aria-live="polite" aria-atomic="true">
      {title ? <p className="classroom-presentation__story">{display(title)}</p> : null}
      {e ? (
        <>
          <p className="classroom-presentation__date">
            {display(toDateLabel(toldSeasonEdtf(e.date), lang))}
          </p>
          <h2 className="classroom-presentation__title">{display(localize(e.title, lang))}</h2>
          <p className="classroom-presentation__summary">{e.summary.text}</p>
          {step.note ? (
            <p className="classroom-presentation__note">
              <strong>{t('presentation.note')}: </strong>
              {display(step.note)}
            </p>
          ) : null}
        </>
      ) : (
        <h2 className="classroom-presentation__title">{t('presentation.empty')}</h2>
      )}
    </section>
  );
}
