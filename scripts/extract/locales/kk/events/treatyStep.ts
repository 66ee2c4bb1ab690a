/**
 * A step word that tells a treaty's life, not a law's: "5 мамырда қол қойылған келісімді
 * ратификациялады" ratifies an agreement signed that day; the ratifying law is not signed there
 * (events/treatyStep.ts).
 */

/** A participle ending the step, then the treaty noun it describes. */
const PARTICIPLE_THEN_TREATY =
  /^(?:ған|ген|қан|кен)\s+(?:келісім|шарт|меморандум|конвенция|хаттама|декларация)/iu;

/** Whether the step word ending at `end` in `text` is a participle describing a treaty after it. */
export function kkTreatyStep(text: string, _at: number, end: number): boolean {
  return PARTICIPLE_THEN_TREATY.test(text.slice(end - 3));
}
