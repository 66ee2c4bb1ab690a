import type { Token } from '../../dates/tokenize';

/** A day read at a token, and the token after it. */
export type ReadDay = (tokens: readonly Token[], i: number) => { day: number; next: number } | null;

/**
 * ", 6 и 7", ", 6 және 7" after a first day at `j`: the last of a list of later days (commas,
 * then the conjunction that ends it), and the token after it; null when it is no such list. Each
 * locale reads its own days and names its conjunctions.
 */
export function lastOfDayList(
  tokens: readonly Token[],
  j: number,
  first: number,
  readDay: ReadDay,
  isAnd: (low: string) => boolean,
): { day: number; next: number } | null {
  let last = first;
  let k = j;
  for (;;) {
    const link = tokens[k];
    const and = link !== undefined && isAnd(link.low);
    if (link?.text !== ',' && !and) return null;
    const day = readDay(tokens, k + 1);
    if (!day || day.day <= last) return null;
    [last, k] = [day.day, day.next];
    if (and) return { day: last, next: k };
  }
}
