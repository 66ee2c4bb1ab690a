import type { Theme } from '../../model/schema';
import type { TimelineLang } from './dateLocaleOf';

/**
 * Words the timeline needs; the app passes its own (i18n) through the `labels` prop. The built-in
 * ones are the app's words (tests/src/components/timeline/timelineLabels.test.ts keeps them in
 * step), so the embed, which loads no locale files, names lanes as the app does.
 */
export interface TimelineLabels {
  /** Accessible name of the timeline region. */
  region: string;
  /** Text and aria cue for planned events. */
  planned: string;
  lanes: Record<Theme, string>;
  /**
   * Accessible name of a cluster badge, e.g. "12 events, 2019 – 2021, activate to zoom in": the
   * count first (it is the visible text, WCAG 2.5.3), then what activating it does.
   */
  cluster: (count: number, from: string, to: string) => string;
  /** A compressed stretch without events, e.g. "2023–2025: no events". */
  gap: (range: string) => string;
}

const kk: TimelineLabels = {
  region: 'Уақыт сызығы',
  planned: 'Жоспарланған',
  lanes: {
    party: 'Партиялар',
    elections: 'Сайлау',
    constitution: 'Конституция',
    reforms: 'Реформалар',
    society: 'Қоғам',
    international: 'Халықаралық',
  },
  cluster: (n, a, b) => `${n} оқиға, ${a} – ${b}, басып жақындатыңыз`,
  gap: (r) => `${r}: оқиға жоқ`,
};
const ru: TimelineLabels = {
  region: 'Лента времени',
  planned: 'Запланировано',
  lanes: {
    party: 'Партии',
    elections: 'Выборы',
    constitution: 'Конституция',
    reforms: 'Реформы',
    society: 'Общество',
    international: 'Международное',
  },
  cluster: (n, a, b) => `Событий: ${n}, ${a} – ${b}, нажмите, чтобы приблизить`,
  gap: (r) => `${r}: событий нет`,
};
const en: TimelineLabels = {
  region: 'Timeline',
  planned: 'Planned',
  lanes: {
    party: 'Parties',
    elections: 'Elections',
    constitution: 'Constitution',
    reforms: 'Reforms',
    society: 'Society',
    international: 'International',
  },
  cluster: (n, a, b) => `${n} events, ${a} – ${b}, activate to zoom in`,
  gap: (r) => `${r}: no events`,
};

/** Built-in fallback words per language (kk-latn uses kk until the app supplies its own). */
export function defaultLabelsOf(lang: TimelineLang): TimelineLabels {
  return lang === 'ru' ? ru : lang === 'en' ? en : kk;
}

const overviewKeys: Record<'kk' | 'ru' | 'en', string> = {
  kk: 'Көрсеткілер терезені жылжытады, Shift пен көрсеткілер оны тарылтады не кеңейтеді',
  ru: 'Стрелки сдвигают окно, Shift со стрелками сужает или расширяет его',
  en: 'Arrow keys move the window; Shift with arrow keys narrows or widens it',
};

/** Keyboard help for the overview strip (kk-latn: the app transliterates the kk text). */
export function overviewKeysHintOf(lang: TimelineLang): string {
  return lang === 'ru' || lang === 'en' ? overviewKeys[lang] : overviewKeys.kk;
}
