import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Event } from '../model/schema';
import { formatEdtfPoint, formatEventDate } from '../i18n/formatEventDate';
import type { Domain } from '../state/viewState';
import { titleOf } from './dataText';
import { useUiLang } from './useUiLang';

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

interface Seen {
  id: string | null;
  from: string | null;
  to: string | null;
}

/** The latest thing worth saying: a new selection, else a new visible range (whichever changed last). */
export function useAnnouncement(selected: Event | null, domain: Domain | null): string {
  const { t } = useTranslation();
  const { lang, locale } = useUiLang();
  const id = selected?.id ?? null;
  const from = domain === null ? null : isoDay(domain[0]);
  const to = domain === null ? null : isoDay(domain[1] - 1);

  // Track what changed since the last render (React's "store info from previous renders").
  const [seen, setSeen] = useState<Seen>({ id, from, to });
  const [last, setLast] = useState<'selected' | 'range' | null>(null);
  if (id !== seen.id || from !== seen.from || to !== seen.to) {
    setSeen({ id, from, to });
    if (id !== seen.id) setLast(id === null ? null : 'selected');
    // The first fit (from nothing) is not news; only ranges the reader moved to.
    else if (seen.from !== null) setLast('range');
  }

  if (last === 'selected' && selected !== null) {
    const date = formatEventDate(selected.date, lang, locale, t);
    return t('announce.selected', { title: titleOf(selected, lang), date });
  }
  if (last === 'range' && from !== null && to !== null) {
    return t('announce.range', {
      from: formatEdtfPoint(from, lang, locale, t),
      to: formatEdtfPoint(to, lang, locale, t),
    });
  }
  return '';
}
