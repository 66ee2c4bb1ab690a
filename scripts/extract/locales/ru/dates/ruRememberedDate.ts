/**
 * A Russian date that only names what is remembered: "почтили память жертв январских событий 2022
 * года", "годовщину январских событий 2022 года", "в память о событиях января 2022 года". The date
 * belongs to a noun phrase in the genitive (or after "о") that a noun of remembrance governs, so
 * it is no time of the story: a later "4 января подписал указ" is not of that year. Used by
 * dates/narrativeYear.ts.
 */

/** A noun of remembrance, then at most four words of the phrase it governs, up to the date. */
const REMEMBRANCE_BEFORE =
  /(?<![\p{L}])(?:памят|годовщин|жертв|погибш|юбиле|\p{L}*лети[еяюи])\p{L}*\s+(?:(?:о|об)\s+)?(?:[\p{L}-]+\s+){0,4}$/iu;

/** `head`: the date's sentence before it. */
export function isRuRememberedDate(head: string): boolean {
  return REMEMBRANCE_BEFORE.test(head);
}
