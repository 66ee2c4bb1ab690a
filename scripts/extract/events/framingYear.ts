// The year a sentence states before an event's own year-less date, read by the event stage.
import { isNamedYear } from '../dates/namedYear';
import { framesDate } from '../dates/sentenceYear';
import type { DocTimex } from '../stages/dates';

/**
 * The nearest date expression stating a year in [from, before) — the sentence before the date:
 * "В 2022 году … 26 апреля".
 * `withYear` is in text order: a binary search, so an article of 40,000 dated sentences stays linear.
 */
export function yearBefore(
  withYear: DocTimex[],
  from: number,
  before: number,
): DocTimex | undefined {
  let lo = 0;
  let hi = withYear.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (withYear[mid]!.end <= before) lo = mid + 1;
    else hi = mid;
  }
  const best = withYear[lo - 1];
  return best && best.start >= from ? best : undefined;
}

/** The year-stating date before `own` in its sentence, if it frames it (dates/sentenceYear.ts). */
export function framingYear(
  text: string,
  withYear: DocTimex[],
  from: number,
  own: DocTimex,
  lang?: 'kk' | 'ru',
): DocTimex | undefined {
  const frame = yearBefore(withYear, from, own.start);
  // (A year a naming names is no time of the sentence: dates/namedYear.ts.)
  return frame && !isNamedYear(text, frame, lang) && framesDate(text, frame, own, lang)
    ? frame
    : undefined;
}
