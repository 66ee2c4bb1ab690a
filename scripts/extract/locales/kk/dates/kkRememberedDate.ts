/**
 * A Kazakh date that only names what is remembered: "2022 жылғы қаңтар оқиғаларының құрбандары
 * еске алынды", "қаңтар оқиғаларының жылдығы", "… оқиғаларын еске алу". The date is an attribute
 * of a noun in the genitive before a noun of remembrance, or in the accusative before "еске", so it
 * is no time of the story: a later "4 қаңтарда Жарлыққа қол қойды" is not of that year. Used by
 * dates/narrativeYear.ts.
 */

/** At most two words after the date, then the genitive noun and the noun of remembrance. */
const REMEMBRANCE_AFTER =
  /^\s*(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+(?:(?:ның|нің|дың|дің|тың|тің)\s+(?:құрбан|жылдығ|жылдық|мерейтой|естелі|еске|рух)|(?:ны|ні|ды|ді|ты|ті|н)\s+еске\s+ал)/iu;

/** `rest`: the date's sentence after it. */
export function isKkRememberedDate(rest: string): boolean {
  return REMEMBRANCE_AFTER.test(rest);
}
