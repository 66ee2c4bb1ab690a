/**
 * Years named as what a plan or a budget is for ("бюджет на 2025–2027 годы", "2025 жылға арналған
 * бюджет"), or what a review is of ("итоги за 2023 год", "2023 жылғы қорытынды"): the sentence's topic, never the date of what it tells nor a year that frames its other
 * dates. Read by the tagger's sentence-year refiner and by the event stage.
 */
export function isPurposeYear(
  text: string,
  t: { start: number; end: number; text: string; granularity: string; mod?: string },
): boolean {
  if (t.granularity !== 'year') return false;
  return (
    /(?:^|\s)(?:на|за)\s+$/iu.test(text.slice(Math.max(0, t.start - 4), t.start)) ||
    // ("2030 жылға дейін" is a horizon; "жыл соңына дейін", a part of the year, is a due day.)
    (/(?:ға|ге|қа|ке|на|не|дейін)$/u.test(t.text) && !(t.mod && /дейін$/u.test(t.text))) ||
    /^\s+арнал/u.test(text.slice(t.end, t.end + 10)) ||
    // The year a review or a report is of: "2023 жылғы әлеуметтік-экономикалық дамуының
    // қорытындысы", "2024 жылғы есебі" (the results of 2023, whenever they were summed up).
    (/(?:ғы|гі)$/u.test(t.text) &&
      /^\s+(?:[\p{L}-]+\s+){0,3}(?:қорытынды|нәтиже|есеб|есеп)/u.test(
        text.slice(t.end, t.end + 90),
      ))
  );
}
