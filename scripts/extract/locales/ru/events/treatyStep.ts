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

/** A treaty noun, as a cue's word: "соглашение", "подписал договор". */
export const RU_TREATY_NOUN = /(?:договор|соглашени|меморандум|конвенци|протокол|декларац)/iu;

/** A treaty's participle phrase, from its comma up to a word at the offset, with no comma between. */
const PHRASE_TO_HERE = new RegExp(
  String.raw`(?<![\p{L}])(?:договор|соглашени|меморандум|конвенци|протокол|декларац)\p{L}*(?:\s+[^\s,.;:!?]+){0,6}?\s*,\s*(?:(?:ранее|ещ[её]|уже|совместно)\s+)?\p{L}+(?:нн|вш|[её]дш|т)(?:ый|ий|ая|ое|ые|ого|ой|ому|ым|ых|ую|ыми|ом)(?![\p{L}])[^,;:!?]*$`,
  'iu',
);

/**
 * The span [from, to) of the treaty's participle phrase holding the word at `at` ("соглашение,
 * подписанное в Ташкенте 5 мая"), or undefined.
 */
export function ruTreatyPhrase(text: string, at: number): [number, number] | undefined {
  const start = Math.max(0, at - 200);
  const m = PHRASE_TO_HERE.exec(text.slice(start, at));
  if (!m) return undefined;
  // (The noun and its complement hold no comma: the first is the phrase's.)
  const from = start + m.index + m[0].indexOf(',');
  const comma = text.indexOf(',', at);
  return [from, comma < 0 ? text.length : comma];
}
