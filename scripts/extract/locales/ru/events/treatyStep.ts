/**
 * A step word that tells a treaty's life, not a law's: "ратифицировал соглашение между
 * Казахстаном и Узбекистаном, подписанное 5 мая" signs the agreement; the ratifying law is not
 * signed there (events/treatyStep.ts).
 */

/** A treaty noun, then up to six words of its complement, then the comma of its participle phrase. */
const TREATY_THEN_COMMA = new RegExp(
  String.raw`(?<![\p{L}])(?:договор|соглашени|меморандум|конвенци|протокол|декларац)\p{L}*(?:\s+[^\s,.;:!?]+){0,6}?\s*,\s*(?:(?:ранее|ещ[её]|уже|совместно)\s+)?$`,
  'iu',
);

/** Whether the step word at `at` in `text` opens the participle phrase of a treaty before it. */
export function ruTreatyStep(text: string, at: number): boolean {
  return TREATY_THEN_COMMA.test(text.slice(Math.max(0, at - 160), at));
}
