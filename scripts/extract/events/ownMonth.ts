/**
 * A bare year narrowed to the month an adjective of the event's noun names ("Январские события 2022
 * года": January 2022). Russian makes such adjectives of its months (locales/ru/dates/
 * ruMonthAdjective.ts); Kazakh names the month itself ("2022 жылғы қаңтар оқиғалары"), a date of
 * its own, so it has none.
 */
import type { SourceLang } from '../../../src/model/schema';
import { ruMonthBeforeNoun } from '../locales/ru/dates/ruMonthAdjective';
import type { DocTimex } from '../stages/dates';
import type { Sentence } from '../types';

/** Each language's reading of the month (1–12) an adjective right before the noun at `at` names. */
const MONTH_BEFORE_NOUN: Record<
  SourceLang,
  ((text: string, at: number) => number | undefined) | undefined
> = {
  kk: undefined,
  ru: ruMonthBeforeNoun,
};

export function ownMonth(
  lang: SourceLang,
  s: Sentence,
  at: number,
  own: DocTimex | undefined,
): DocTimex | undefined {
  const monthBeforeNoun = MONTH_BEFORE_NOUN[lang];
  if (!monthBeforeNoun || !own || !/^\d{4}$/u.test(own.value)) return own;
  const month = monthBeforeNoun(s.text, at);
  if (month === undefined) return own;
  return { ...own, value: `${own.value}-${String(month).padStart(2, '0')}`, granularity: 'month' };
}
