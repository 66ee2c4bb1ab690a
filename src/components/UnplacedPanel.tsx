import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Source, Unplaced } from '../model/schema';
import { displayText } from './dataText';
import { EvidenceSentence } from './EvidenceSentence';
import { useUiLang } from './useUiLang';

interface Props {
  items: readonly Unplaced[];
  sourceById: ReadonlyMap<string, Source>;
  /** Heading level follows where the panel sits (own section or inside a source). */
  headingLevel?: 2 | 4;
  /** Show which article each item came from (off inside a source's own entry). */
  showSource?: boolean;
  /**
   * The id of the title of the article the panel sits in: its name then says whose items they
   * are, so each article's panel is a landmark of its own, not one of many with the same name.
   */
  ofTitle?: string;
}

/** What the extractor found but could not place on the timeline: kept visible, never dropped. */
export function UnplacedPanel({
  items,
  sourceById,
  headingLevel = 2,
  showSource = true,
  ofTitle,
}: Props) {
  const { t } = useTranslation();
  const { lang } = useUiLang();
  const headingId = useId();
  const H = headingLevel === 2 ? 'h2' : 'h4';
  return (
    <section
      className="unplaced"
      {...(ofTitle !== undefined
        ? { 'aria-labelledby': `${headingId} ${ofTitle}` }
        : { 'aria-label': t('unplaced.title') })}
    >
      <H {...(ofTitle !== undefined ? { id: headingId } : {})}>{t('unplaced.title')}</H>
      {items.length === 0 ? (
        <p>{t('unplaced.empty')}</p>
      ) : (
        <>
          {headingLevel === 2 && <p>{t('unplaced.intro')}</p>}
          <ul>
            {items.map((u, i) => {
              const source = sourceById.get(u.sourceId);
              return (
                <li key={`${u.sourceId}-${u.evidence?.start ?? i}-${u.kind}`}>
                  <span className="badge">{t(`unplaced.${u.kind}`)}</span>{' '}
                  {u.evidence !== undefined && (
                    <EvidenceSentence
                      sentence={u.evidence}
                      lang={lang}
                      textLang={source?.language ?? 'kk'}
                    />
                  )}
                  <span className="unplaced-reason">
                    {' '}
                    {t('unplaced.reason', { reason: t(`unplaced.reasons.${u.reasonCode}`) })}
                    {u.timex !== undefined && ` (${u.timex})`}
                  </span>
                  {showSource && (
                    <span className="unplaced-source">
                      {' '}
                      — {displayText(source?.title || u.sourceId, lang, source?.language)}
                    </span>
                  )}
                  {u.more !== undefined && u.more.length > 0 && (
                    // The other sentences of the article that tell it: a teacher placing it by
                    // hand may find its date or its context there.
                    <details className="unplaced-more">
                      <summary>{t('unplaced.more', { count: u.more.length })}</summary>
                      {u.more.map((m) => (
                        <p key={m.start}>
                          <EvidenceSentence
                            sentence={m}
                            lang={lang}
                            textLang={source?.language ?? 'kk'}
                          />
                        </p>
                      ))}
                    </details>
                  )}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
