/**
 * A Kazakh year alone told as the time of a finite past ("Палатаның рөлі 2022 жылы өзгерді."):
 * the span is "2022 жылы" (locative), and the rest of its sentence ends on a past verb with no
 * verbal noun between ("2027 жылы референдумға шығаруды айтты" tells what is to happen then).
 * Used by dates/narrativeYear.ts to let such a year frame the sentences after it.
 */
const SPAN = /^\d{4}(?:-(?:ші|шы|інші|ыншы))?\s+жылы$/u;
const PAST_END = /\p{L}{2,}(?:ды|ді|ты|ті|ған|ген|қан|кен)(?:\s+(?:еді|болатын))?\s*$/u;
const VERBAL_NOUN =
  /\p{L}{2,}(?:уды|уді|уға|уге|уын|уін|мақ|мек|бақ|бек|пақ|пек|атын|етін|йтын|йтін)(?![\p{L}])/u;

/** `span` is the year's text, `rest` the rest of its sentence. */
export function isKkAdverbialYear(span: string, rest: string): boolean {
  return SPAN.test(span) && PAST_END.test(rest) && !VERBAL_NOUN.test(rest);
}
