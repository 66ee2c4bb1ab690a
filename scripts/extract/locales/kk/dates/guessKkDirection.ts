/**
 * Kazakh is verb-final, so the clause's last word carries the tense that decides the year of a
 * year-less date: "20 қарашада дауыс береміз" (will vote) is future, "өтті" (took place) past.
 */
const FUTURE =
  /(?:мақ|мек|бақ|бек|пақ|пек)(?:шы|ші)?(?:мыз|міз|сыз|сіз|мын|мін)?$|(?:[аеы]|й)(?:ды|ді|мыз|міз|сыз|сіз|мын|мін)$|(?:атын|етін|йтын|йтін)$/u;
const PAST =
  /(?:ды|ді|ты|ті)(?:қ|к|м|ң|ңыз|ңіз)?$|(?:ған|ген|қан|кен)(?:мыз|міз|сыз|сіз|мын|мін)?$|^(?:еді|болатын)$/u;

const REPORTING = new Set(['деді', 'дейді', 'деп', 'айтты', 'атап', 'мәлімдеді']);

/**
 * @example guessKkDirection('20 қарашада дауыс береміз.', 11) // 'future'
 */
export function guessKkDirection(text: string, end: number): 'future' | 'past' | undefined {
  const rest = text.slice(end, end + 400); // a clause, not the rest of a 5 MB text
  const stop = rest.search(/[.!?\n]/u);
  const words = (stop < 0 ? rest : rest.slice(0, stop)).toLowerCase().match(/[\p{L}\p{M}]+/gu);
  // A closing "деді" (said) reports the quote; the tense that matters is the verb before it.
  const verbs = (words ?? []).filter((w) => !REPORTING.has(w));
  const last = verbs.at(-1);
  if (!last) return undefined;
  if (FUTURE.test(last)) return 'future';
  if (PAST.test(last)) return 'past';
  return undefined;
}
