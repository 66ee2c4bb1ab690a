import type { Timex } from './timex';

/** Two numbers joined by a dash or a slash: "2022-2023", "2026–2028", "2019/20". */
const DASHED = /\d\s*[-–—/]\s*\d/u;

/**
 * Years joined by a dash are one stretch of time, so their TIMEX value is one interval, as the
 * devset's writers value "2022-2023 жылдары" (2022/2023) and "на 2026–2028 годы" (2026/2028).
 * The tagger works on the two ends apart (value and endValue, which every refiner reads) and
 * writes the interval last (tagDates). Other ends stay apart: a list ("2021 и 2023 годах") is no
 * stretch, "с 2020 по 2022 год" is two dates, and a day range ("16-17 июня") is valued by its
 * first day as the writers mostly did; a duration's "2–3 жыл" is a length.
 */
export function asInterval(t: Timex): Timex {
  return t.endValue !== undefined &&
    t.type === 'DATE' &&
    t.granularity === 'year' &&
    DASHED.test(t.text)
    ? { ...t, value: `${t.value}/${t.endValue}` }
    : t;
}

/** The range's start as the value again, for the stages that read the two ends apart. */
export function rangeStart<T extends Timex>(t: T): T {
  const slash = t.endValue === undefined ? -1 : t.value.indexOf('/');
  return slash > 0 ? { ...t, value: t.value.slice(0, slash) } : t;
}
