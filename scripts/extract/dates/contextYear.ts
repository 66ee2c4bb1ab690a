import type { Timex } from './timex';

const EXPLICIT = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/u;

/**
 * Fills the year of year-less dates ("10 қаңтарда", "6 октября": value XXXX-…, anchor none) from
 * a year the same text states, for texts without a publication date: the year of a full date
 * with the same month and day ("2021 жылдың 10 қаңтарында … 10 қаңтарда"), else of the nearest
 * full date before it, else of the nearest year alone before it ("Сайлау-2022 … 20 қарашада"),
 * else of the first full date after it. A year alone after the date is no frame for it: "7
 * февраля … итоги за 2023 год" names what is reviewed, not when. Such values get
 * `anchor: 'context'`; without a frame they keep XXXX. Works on one paragraph's timexes or on a
 * whole article's (any start offsets in one text, in order); returns new objects.
 * @example fillContextYears(tagDates('2021 жылдың 10 қаңтарында … 10 қаңтарда', { lang: 'kk' }))[1].value // '2021-01-10'
 */
export function fillContextYears<T extends Timex>(timexes: readonly T[]): T[] {
  const stated = timexes.flatMap((t) => {
    const m = t.type === 'DATE' && t.anchor === 'absolute' ? EXPLICIT.exec(t.value) : null;
    if (!m) return [];
    return [{ at: t.start, year: m[1]!, full: m[3] !== undefined, monthDay: `${m[2]}-${m[3]}` }];
  });
  if (stated.length === 0) return [...timexes];
  return timexes.map((t) => {
    if (t.anchor !== 'none' || !/^XXXX-\d/u.test(t.value)) return t;
    const monthDay = t.value.slice(5, 10);
    const before = stated.filter((s) => s.at < t.start);
    const source =
      stated.find((s) => s.monthDay === monthDay) ??
      before.filter((s) => s.full).at(-1) ??
      before.at(-1) ??
      stated.find((s) => s.at > t.start && s.full);
    if (!source) return t;
    const withYear = (v: string) => (v.startsWith('XXXX') ? source.year + v.slice(4) : v);
    const out: T = { ...t, value: withYear(t.value), anchor: 'context' };
    if (t.endValue) out.endValue = withYear(t.endValue);
    return out;
  });
}
