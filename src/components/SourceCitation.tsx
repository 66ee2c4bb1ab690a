import { useTranslation } from 'react-i18next';
import type { Event, EventSource, Source } from '../model/schema';
import { formatEventDate } from '../i18n/formatEventDate';
import { displayText } from './dataText';
import { EvidenceSentence } from './EvidenceSentence';
import { useUiLang } from './useUiLang';

interface Props {
  cite: EventSource;
  source: Source | undefined;
  date: Event['date'];
}

/** One article behind an event: publisher, publication date, link, and the sentences used. */
export function SourceCitation({ cite, source, date }: Props) {
  const { t } = useTranslation();
  const { lang, locale } = useUiLang();
  const textLang = source?.language ?? 'kk';
  // The date expression belongs to one source; mark it only in that source's sentences.
  const expression =
    date.evidence?.sourceId === cite.sourceId ? date.evidence.expression : undefined;
  return (
    <li className="citation">
      <p className="citation-title">
        {source?.url !== undefined ? (
          <a href={source.url} target="_blank" rel="noopener noreferrer">
            {displayText(source.title || source.file, lang, textLang)}
            <span className="visually-hidden"> {t('panel.newTab')}</span>
          </a>
        ) : (
          displayText(source?.title || cite.sourceId, lang, textLang)
        )}
      </p>
      <p className="citation-meta">
        {source?.publisher !== undefined && <span>{source.publisher} · </span>}
        {source?.published !== undefined
          ? t('panel.published', {
              date: formatEventDate({ edtf: source.published }, lang, locale, t),
            })
          : t('panel.unknownPublished')}
      </p>
      <ul className="evidence-list" aria-label={t('panel.evidence')}>
        {cite.evidence.map((sentence) => (
          <li key={`${sentence.start}-${sentence.end}`}>
            <EvidenceSentence
              sentence={sentence}
              expression={expression}
              lang={lang}
              textLang={textLang}
            />
          </li>
        ))}
      </ul>
    </li>
  );
}
