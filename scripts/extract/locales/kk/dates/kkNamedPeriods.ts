import type { NamedPeriod, NamedPeriods } from '../../../dates/namedPeriods';

/**
 * Months that Kazakh names as events of one year: "Қаңтар оқиғасы" is January 2022, whatever year
 * the article is written in, and "Желтоқсан оқиғасы" (or "көтерілісі") December 1986. The month
 * word is the date; the noun after it names the event. Only a noun of events, written right
 * after the month, counts: "қаңтар айында" is any January.
 */
// prettier-ignore
export const KK_NAMED_PERIODS: readonly NamedPeriod[] = [
  { month: 'қаңтар', value: '2022-01' },
  { month: 'желтоқсан', value: '1986-12' },
];

/** The nouns that make the month an event's name: оқиға(лар), трагедия, көтеріліс, қасірет. */
export const KK_EVENT_NOUN = /^\s+(?:оқиға|трагедия|көтеріліс|қасірет)\p{L}*/iu;

export const KK_NAMED_MONTHS: NamedPeriods = { months: KK_NAMED_PERIODS, eventNoun: KK_EVENT_NOUN };
