/**
 * A refiner for the year-less members of a coordination of dates whose last member states its
 * year: "в марте и апреле 2020 года", "в марте, апреле и мае 2020 года", "5 и 6 мая 2020 года",
 * "5 апреля и 6 мая 2020 года". The year closes the whole coordination, as a shared word after
 * joined words belongs to each of them; the first members take it, not the publication's.
 * What joins two members is the language's (SentenceYearWords.coordinator).
 */
import type { Timex } from './timex';
import { SENTENCE_YEAR } from './sentenceYearWords';
import { isYearless, withYear } from './yearlessDate';

/** A day or month whose year is written in it ("апреле 2020 года", "6 мая 2020 года"). */
const DAY_OR_MONTH_OF_YEAR = /^(\d{4})-\d{2}(?:-\d{2})?$/u;

/** The year a member gives the members before it: its own, stated, or the one it took so. */
function yearGiven(t: Timex): string | undefined {
  if (t.granularity !== 'day' && t.granularity !== 'month') return undefined;
  if (t.anchor !== 'absolute' && t.anchor !== 'context') return undefined;
  return DAY_OR_MONTH_OF_YEAR.exec(t.value)?.[1];
}

/** The dates in text order, each year-less member of a coordination given its last member's year. */
export function yearsFromCoordination(
  text: string,
  timexes: readonly Timex[],
  lang?: 'kk' | 'ru',
): Timex[] {
  if (!lang) return [...timexes];
  const { coordinator, listComma } = SENTENCE_YEAR[lang];
  const out = [...timexes];
  // Read from the last member back, so that each member passes the year on to the one before.
  for (let k = out.length - 2; k >= 0; k--) {
    const t = out[k]!;
    const next = out[k + 1]!;
    const year = yearGiven(next);
    if (!year || !isYearless(t)) continue;
    // (Only a member given its year by this refiner passes a "context" year on, and only to a
    // member listed before it with a comma.)
    const gap = text.slice(t.end, next.start);
    const joined = coordinated.has(next)
      ? coordinator.test(gap) || listComma.test(gap)
      : next.anchor === 'absolute' && coordinator.test(gap);
    if (!joined) continue;
    const given = withYear(t, year);
    coordinated.add(given);
    out[k] = given;
  }
  return out;
}

/** Members given their year by this refiner (only they pass a "context" year on). */
const coordinated = new WeakSet<Timex>();
