import { useTranslation } from 'react-i18next';
import type { Event } from '../model/schema';
import { displayText, placeNameOf } from './dataText';
import { useUiLang } from './useUiLang';
import { numberLocale } from '../i18n/numberLocale';

// Units the locale files know; any other unit key from the data is shown as written.
// prettier-ignore
const UNITS = ['people', 'delegates', 'events', 'members', 'proposals', 'organisations', 'parties', 'headquarters', 'percent', 'other'] as const;
type UnitKey = (typeof UNITS)[number];

/** Actors, places, organisations, figures and quotes of an event, each list only when it has items. */
export function EventFacts({ event }: { event: Event }) {
  const { t } = useTranslation();
  const { lang } = useUiLang();
  const kk = (text: string) => displayText(text, lang, event.summary.lang);
  const numberFormat = new Intl.NumberFormat(numberLocale(lang));
  return (
    <>
      {event.actors.length > 0 && (
        <section aria-labelledby="panel-actors">
          <h3 id="panel-actors">{t('panel.actors')}</h3>
          <ul>
            {event.actors.map((a) => (
              <li key={`${a.name}-${a.evidence.start}`}>
                {kk(a.name)}
                {a.role !== undefined && <span className="role"> — {kk(a.role)}</span>}
              </li>
            ))}
          </ul>
        </section>
      )}
      {event.places.length > 0 && (
        <section aria-labelledby="panel-places">
          <h3 id="panel-places">{t('panel.places')}</h3>
          <ul>
            {[...new Map(event.places.map((p) => [p.id, p])).values()].map((p) => (
              <li key={p.id}>{placeNameOf(p, lang)}</li>
            ))}
          </ul>
        </section>
      )}
      {event.organisations.length > 0 && (
        <section aria-labelledby="panel-orgs">
          <h3 id="panel-orgs">{t('panel.organisations')}</h3>
          <ul>
            {[...new Map(event.organisations.map((o) => [o.id, o])).values()].map((o) => (
              <li key={o.id}>{kk(o.name)}</li>
            ))}
          </ul>
        </section>
      )}
      {event.figures.length > 0 && (
        <section aria-labelledby="panel-figures">
          <h3 id="panel-figures">{t('panel.figures')}</h3>
          <ul>
            {event.figures.map((f) => {
              const unitKey = (UNITS as readonly string[]).includes(f.unit)
                ? (f.unit as UnitKey)
                : 'other';
              const unit = unitKey === 'other' ? f.unit : t(`unit.${unitKey}`);
              const text = t(`qualifier.${f.qualifier}`, {
                value: numberFormat.format(f.value),
                unit,
              });
              return <li key={`${f.evidence.start}`}>{text.replace(/\s+%/u, '%').trim()}</li>;
            })}
          </ul>
        </section>
      )}
      {event.quotes.length > 0 && (
        <section aria-labelledby="panel-quotes">
          <h3 id="panel-quotes">{t('panel.quotes')}</h3>
          {event.quotes.map((q) => (
            <figure key={q.evidence.start} className="quote">
              <blockquote>{kk(q.text)}</blockquote>
              {q.speaker !== undefined && (
                <figcaption>
                  — {kk(q.speaker)}
                  {q.role !== undefined && `, ${kk(q.role)}`}
                </figcaption>
              )}
            </figure>
          ))}
        </section>
      )}
    </>
  );
}
