/**
 * A month named as an event ("Қаңтар оқиғасы", locales/kk/dates/kkNamedPeriods.ts) is that
 * event's month and year, not the month nearest the publication. The year comes from what the
 * name means, not from the text, so the date says it was inferred (`anchor: context`). An
 * article published before the event uses the month word as any month.
 */
import { KK_NAMED_MONTHS } from '../locales/kk/dates/kkNamedPeriods';
import type { TagOptions, Timex } from './timex';
import type { Ymd } from './utcCalendar';

export interface NamedPeriod {
  /** The month word's stem, lower case. */
  month: string;
  /** The value it stands for. */
  value: string;
}

/** The months a language names as events of one year, and the nouns after one that say so. */
export interface NamedPeriods {
  months: readonly NamedPeriod[];
  /** Read right after the month word. */
  eventNoun: RegExp;
}

/** (No Russian month word is read as an event's name: the locale lists none.) */
const NAMED_PERIODS: Partial<Record<TagOptions['lang'], NamedPeriods>> = { kk: KK_NAMED_MONTHS };

export function namedPeriods(
  lang: TagOptions['lang'],
  text: string,
  timexes: Timex[],
  dct: Ymd | undefined,
): Timex[] {
  const named = NAMED_PERIODS[lang];
  if (!named) return timexes;
  return timexes.map((t) => {
    if (t.granularity !== 'month' || /\d/u.test(t.text)) return t;
    const word = t.text.toLowerCase();
    const period = named.months.find((p) => word.startsWith(p.month));
    if (!period || !named.eventNoun.test(text.slice(t.end))) return t;
    const [year, month] = period.value.split('-').map(Number) as [number, number];
    if (dct && (dct.year < year || (dct.year === year && dct.month < month))) return t;
    const { direction: _direction, ...rest } = t;
    return { ...rest, value: period.value, anchor: 'context' };
  });
}

/**
 * The length of the event noun right after a month named as an event ("Қаңтар| оқиғасы"), or 0:
 * such a date belongs to that noun, not to what else the sentence tells ("Бүгін Қаңтар оқиғасы
 * құрбандарын еске алды" is a remembrance of today). Read by the noun of the text's language,
 * where it names such months.
 */
export function namedEventAfter(
  lang: TagOptions['lang'],
  textAfter: string,
  t: Pick<Timex, 'anchor' | 'granularity'>,
): number {
  if (t.anchor !== 'context' || t.granularity !== 'month') return 0;
  const noun = NAMED_PERIODS[lang]?.eventNoun.exec(textAfter);
  return noun ? noun[0].length : 0;
}
