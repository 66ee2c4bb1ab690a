/**
 * Years named as what a plan or a budget is for ("бюджет на 2025–2027 годы", "2025 жылға арналған
 * бюджет"): the sentence's topic, never the date of what it tells nor a year that frames its other
 * dates. Read by the tagger's sentence-year refiner and by the event stage.
 */
export function isPurposeYear(
  text: string,
  t: { start: number; end: number; text: string; granularity: string },
): boolean {
  if (t.granularity !== 'year') return false;
  return (
    /(?:^|\s)(?:на|за)\s+$/iu.test(text.slice(Math.max(0, t.start - 4), t.start)) ||
    /(?:ға|ге|қа|ке|на|не|дейін)$/u.test(t.text) ||
    /^\s+арнал/u.test(text.slice(t.end, t.end + 10))
  );
}
