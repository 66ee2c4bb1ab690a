import type { Token } from '../../dates/tokenize';

/** A day read at a token, and the token after it. */
export type ReadDay = (tokens: readonly Token[], i: number) => { day: number; next: number } | null;

/**
 * ", 6 и 7", ", 6 және 7", ", 6, 7" after a first day at `j`: the last of a list of later days
 * (commas, then the conjunction that ends it, or commas alone), and the token after it; null when
 * it is no such list. A list of commas alone is written as prose writes one, each comma after its
 * day and a space before the next digits ("5, 6, 7"): "3,5" is a decimal, "3 , 5" a tokenised one.
 * The caller wants a month after the list. Each locale reads its own days and names its
 * conjunctions.
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
  // Every comma so far is glued to its day and spaced from the next, and every day is in digits
  // ("Первый, 5 июня": an ordinal word before a comma is no day of the list).
  let prose = tokens[j - 1]?.kind === 'number';
  for (;;) {
    const link = tokens[k];
    const and = link !== undefined && isAnd(link.low);
    if (link?.text !== ',' && !and) return prose && k > j ? { day: last, next: k } : null;
    const spaced = tokens[k + 1]?.kind === 'number' && !tokens[k + 1]!.glued;
    if (!and) prose &&= link.glued && spaced;
    const day = readDay(tokens, k + 1);
    if (!day || day.day <= last) return null;
    [last, k] = [day.day, day.next];
    if (and) return { day: last, next: k };
  }
}
