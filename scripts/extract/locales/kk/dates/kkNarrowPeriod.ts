import type { TokenMatch } from '../../../dates/tagger';
import type { Token } from '../../../dates/tokenize';
import { readKkYearPart } from './kkCalendarTagger';
import { kkDayOfMonthAt, kkDayOfWeekAt } from './kkDayOfPeriod';

/**
 * After a genitive ("өткен жылдың", "биылдың") the text may name a part of that period: a day of
 * the week, a day of the month, a month, season or part of the year. For the deictic words
 * (kkDeictic.ts) and the modified periods (kkRelativeTagger.ts).
 */
export function narrowKkPeriod(
  tokens: readonly Token[],
  m: TokenMatch,
  genitive: boolean,
): TokenMatch {
  if (!genitive || m.reading.kind !== 'rel') return m;
  // "келесі аптаның сәрсенбісінде", "өткен аптаның жұмасында": a day of that week.
  if (m.reading.unit === 'W') {
    const wd = kkDayOfWeekAt(tokens, m.to);
    return wd ? { from: m.from, to: wd.next, reading: { ...m.reading, then: { weekday: wd.value } } } : m; // prettier-ignore
  }
  const day = m.reading.unit === 'M' ? kkDayOfMonthAt(tokens, m.to) : null;
  if (day) return { from: m.from, to: day.next, reading: { ...m.reading, then: { day: day.day } } };
  const rest = readKkYearPart(tokens, m.to);
  if (!rest) return m;
  const then = Object.keys(rest.parts).length > 0 ? rest.parts : undefined;
  const mod = rest.mod ?? m.reading.mod;
  return {
    from: m.from,
    to: rest.next,
    reading: { ...m.reading, ...(then && { then }), ...(mod && { mod }) },
  };
}
