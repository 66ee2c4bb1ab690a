import { useTranslation } from 'react-i18next';
import { formatEventDate } from '../i18n/formatEventDate';
import { useAppData } from './DataContext';
import { displayText, titleOf } from './dataText';
import { UnplacedPanel } from './UnplacedPanel';
import { useUiLang } from './useUiLang';

/**
 * Every article, what was extracted from it, its warnings and unplaced items, so students can
 * check the work. Lazy-loaded: most visits never open it.
 */
export default function SourcesView({ onSelect }: { onSelect: (id: string) => void }) {
  const { t } = useTranslation();
  const { lang, locale } = useUiLang();
  const { file, events, sourceById } = useAppData();
  return (
    <section className="sources-view" aria-labelledby="sources-title">
      <h2 id="sources-title">{t('sources.title')}</h2>
      <p>{t('sources.intro')}</p>
      <ul className="source-list">
        {file.sources.map((s) => {
          const own = events.filter((e) => e.sources.some((c) => c.sourceId === s.id));
          const unplaced = file.unplaced.filter((u) => u.sourceId === s.id);
          return (
            <li key={s.id} className="source-entry">
              <article aria-labelledby={`src-${s.id}`}>
                <h3
                  id={`src-${s.id}`}
                  lang={lang === 'kk-latn' && s.language === 'kk' ? 'kk-Latn' : s.language}
                >
                  {displayText(s.title || s.file, lang, s.language)}
                </h3>
                <p className="citation-meta">
                  {s.publisher !== undefined && <span>{s.publisher} · </span>}
                  {s.published !== undefined
                    ? t('panel.published', {
                        date: formatEventDate({ edtf: s.published }, lang, locale, t),
                      })
                    : t('panel.unknownPublished')}
                  {' · '}
                  <code>{s.file}</code>
                  {s.url !== undefined && (
                    <>
                      {' · '}
                      <a href={s.url} target="_blank" rel="noopener noreferrer">
                        {t('panel.open')}
                        <span className="visually-hidden"> {t('panel.newTab')}</span>
                      </a>
                    </>
                  )}
                </p>
                {s.duplicates.length > 0 && (
                  <p>{t('sources.duplicates', { files: s.duplicates.join(', ') })}</p>
                )}
                {s.warnings.length > 0 && (
                  <div className="warnings">
                    <h4>{t('sources.warnings')}</h4>
                    <ul>
                      {s.warnings.map((w) => (
                        <li key={w}>{w}</li>
                      ))}
                    </ul>
                  </div>
                )}
                <h4>{t('sources.events', { count: own.length })}</h4>
                {own.length === 0 ? (
                  <p>{t('sources.none')}</p>
                ) : (
                  <ul>
                    {own.map((e) => (
                      <li key={e.id}>
                        <button
                          type="button"
                          className="text-button"
                          onClick={() => onSelect(e.id)}
                        >
                          {formatEventDate(e.date, lang, locale, t)} — {titleOf(e, lang)}
                        </button>
                      </li>
                    ))}
                  </ul>
                )}
                {unplaced.length > 0 && (
                  <UnplacedPanel
                    items={unplaced}
                    sourceById={sourceById}
                    headingLevel={4}
                    showSource={false}
                    ofTitle={`src-${s.id}`}
                  />
                )}
              </article>
            </li>
          );
        })}
      </ul>
      <UnplacedPanel items={file.unplaced} sourceById={sourceById} />
    </section>
  );
}
