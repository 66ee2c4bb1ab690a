/**
 * A name in quotation marks is a noun, whatever its last word looks like: «Ауыл» ends as a Russian
 * past ("-ыл"), «Нур Отан» as a Kazakh one ("-ан" after a vowel), «Адал» in "-ал". The tense of a
 * clause is read with such names made placeholder letters of the same length (offsets hold).
 */

/**
 * A short quoted name: one to three words opening on a capital, no sentence punctuation inside,
 * not closing direct speech (a quotation followed by ", —" or "–" is what someone said).
 */
const QUOTED_NAME =
  /[«"“](\p{Lu}[\p{L}\p{N}-]*(?:\s+[\p{L}\p{N}-]+){0,2})[»"”](?!\s*,?\s*[—–-]\s)/gu;

/**
 * `text` with its quoted names blanked to "x" (offsets hold), but for one that holds the whole
 * trigger at [from, to): a trigger inside quotation marks is read in its own words.
 */
export function blankQuotedNames(text: string, from: number, to: number): string {
  return text.replace(QUOTED_NAME, (whole, name: string, at: number) =>
    from >= at && to <= at + whole.length
      ? whole
      : whole[0] + 'x'.repeat(name.length) + whole.slice(1 + name.length),
  );
}
