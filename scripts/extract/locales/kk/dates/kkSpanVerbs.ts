/**
 * Two dates of one act told by a verb of starting and one of ending (Kazakh, the verb after its
 * date): "22 қыркүйекте басталып, 11 қазанда аяқталады", "1 наурызда басталады, ал 20 наурызда
 * аяқталады". The two dates are the ends of one span (dates/rangeEnds.ts).
 */
const L = String.raw`[\p{L}\p{M}]`;
/** The start verb in any tense, or its converb, then the link to the end's clause. */
const BETWEEN = new RegExp(
  String.raw`^\s+(?:бастал|басталат|ашыл)${L}*\s*,?\s*(?:(?:ал|және)\s+)?$`,
  'iu',
);
const AFTER = new RegExp(String.raw`^\s+(?:аяқтал|жабыл)${L}*`, 'iu');

export function kkSpanByVerbs(_before: string, between: string, after: string): boolean {
  return BETWEEN.test(between) && AFTER.test(after);
}
