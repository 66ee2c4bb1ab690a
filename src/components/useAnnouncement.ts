import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Event } from '../model/schema';
import { formatEdtfPoint, formatEventDate } from '../i18n/formatEventDate';
import type { Domain } from '../state/viewState';
import { titleOf } from './dataText';
import { useUiLang } from './useUiLang';

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The latest thing worth saying: a new selection, else a new visible range (whichever changed last). */
export function useAnnouncement(selected: Event | null, domain: Domain | null): string {
  const { t } = useTranslation();
  const { lang, locale } = useUiLang();
  const [message, setMessage] = useState('');
  const first = useRef(true);

  useEffect(() => {
    if (selected === null) return;
    const date = formatEventDate(selected.date, lang, locale, t);
    setMessage(t('announce.selected', { title: titleOf(selected, lang), date }));
  }, [selected, lang, locale, t]);

  const from = domain === null ? null : isoDay(domain[0]);
  const to = domain === null ? null : isoDay(domain[1] - 1);
  useEffect(() => {
    // The initial fit is not news; only announce ranges the reader moved to.
    if (from === null || to === null) return;
    if (first.current) {
      first.current = false;
      return;
    }
    setMessage(
      t('announce.range', {
        from: formatEdtfPoint(from, lang, locale, t),
        to: formatEdtfPoint(to, lang, locale, t),
      }),
    );
  }, [from, to, lang, locale, t]);

  return message;
}
