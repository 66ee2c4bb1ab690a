/**
 * A day of a relative period named in the genitive before it: a weekday of a week ("келесі
 * аптаның сәрсенбісінде") or a day of a month ("өткен айдың 5-інде"), for kkRelativeTagger.ts.
 */
import type { Token } from '../../../dates/tokenize';
import { kkOrdinalPartAt } from './kkOrdinalPart';
import { kkUnitAt, kkWeekdayAt } from './kkWordAt';
import { readKkNumber } from './readKkNumber';

/**
 * "өткен айдың 5-інде", "осы айдың он бесіне", "келесі айдың 3-і", "осы айдың бесінші күні": a
 * day of the month just named, as a number with a case or possessive ending or an ordinal (a
 * bare count is an amount: "осы айдың 10 күнінде"; a stretch is read by readKkYearPart).
 */
export function kkDayOfMonthAt(
  tokens: readonly Token[],
  i: number,
): { day: number; next: number } | null {
  if (kkOrdinalPartAt(tokens, i)) return null;
  const d = readKkNumber(tokens, i);
  if (!d || d.endValue !== undefined || d.value < 1 || d.value > 31) return null;
  if (d.tail === '' && !d.ordinal) return null;
  const unit = d.tail === '' ? kkUnitAt(tokens, d.next) : null;
  return unit && unit.value !== 'D' ? null : { day: d.value, next: d.next };
}

/**
 * A weekday in the possessive after a week in the genitive ("аптаның сәрсенбісі", "жұмасында").
 * (Friday, "жұма", is also a name and a week; after "аптаның" it can only be the day.)
 */
export function kkDayOfWeekAt(tokens: readonly Token[], i: number) {
  const low = tokens[i]?.low ?? '';
  if (/^жұма(?:сы|сында|сына|сынан)$/u.test(low)) return { value: 5, next: i + 1 };
  return /(?:сы|сі|ы|і)(?:нда|нде|на|не|нан|нен)?$/u.test(low) ? kkWeekdayAt(tokens, i) : null;
}
