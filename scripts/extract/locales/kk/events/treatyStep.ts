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

/** A treaty noun, as a cue's word: "келісімді", "шартқа қол қойды". */
export const KK_TREATY_NOUN = /(?:келісім|шарт|меморандум|конвенция|хаттама|декларация)/iu;

/**
 * A word, then up to five more (not a participle), then the participle of the treaty after it:
 * "Ташкентте 5 мамырда жасалған шартты", "Астанада қол қойылған келісімді".
 */
const HERE_TO_TREATY = new RegExp(
  String.raw`^[\p{L}\p{M}-]*(?:\s+(?![\p{L}\p{M}]{2,}(?:ған|ген|қан|кен)(?![\p{L}\p{M}]))[^\s,.;:!?]+){0,5}?\s+[\p{L}\p{M}]{2,}(?:ған|ген|қан|кен)\s+(?:келісім|шарт|меморандум|конвенция|хаттама|декларация)`,
  'iu',
);

/**
 * The span [from, to) of the treaty's participle phrase holding the word at `at`, from the clause's
 * start to the participle, or undefined.
 */
export function kkTreatyPhrase(text: string, at: number): [number, number] | undefined {
  const m = HERE_TO_TREATY.exec(text.slice(at));
  if (!m) return undefined;
  const to = at + m[0].replace(/\s+\S+$/u, '').length;
  return [Math.max(0, text.lastIndexOf(',', at) + 1), to];
}
