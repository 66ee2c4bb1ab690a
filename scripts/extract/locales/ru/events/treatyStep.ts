/**
 * A step word that tells a treaty's life, not a law's: "ратифицировал соглашение между
 * Казахстаном и Узбекистаном, подписанное 5 мая" signs the agreement; the ratifying law is not
 * signed there (events/treatyStep.ts).
 */
import { ruTreatyParticiples } from './treatyParticiple';

/**
 * Whether the step word at `at` in `text` is the participle of a treaty, in the phrase after it
 * ("соглашение, подписанное 5 мая") or before it ("подписанное в Ташкенте соглашение").
 */
export function ruTreatyStep(text: string, at: number): boolean {
  return ruTreatyParticiples(text).some(({ word }) => at >= word[0] && at < word[1]);
}

/** A treaty noun, as a cue's word: "соглашение", "подписал договор". */
export const RU_TREATY_NOUN = /(?:договор|соглашени|меморандум|конвенци|протокол|декларац)/iu;

/**
 * The span [from, to) of the treaty's participle phrase holding the word at `at` ("соглашение,
 * подписанное в Ташкенте 5 мая", "подписанное в Ташкенте соглашение"), or undefined.
 */
export function ruTreatyPhrase(text: string, at: number): [number, number] | undefined {
  return ruTreatyParticiples(text).find(({ phrase }) => at >= phrase[0] && at < phrase[1])?.phrase;
}
