/**
 * A step word that tells a treaty's life, not a law's: "5 мамырда қол қойылған келісімді
 * ратификациялады" ratifies an agreement signed that day; the ratifying law is not signed there
 * (events/treatyStep.ts).
 */
import { kkTreatyParticiples } from './treatyParticiple';

/**
 * Whether the step word ending at `end` in `text` is a participle describing a treaty after it,
 * the treaty's complement between or not ("қол қойылған стратегиялық әріптестік туралы шартты").
 */
export function kkTreatyStep(text: string, _at: number, end: number): boolean {
  return kkTreatyParticiples(text).some(({ word }) => end > word[0] && end <= word[1]);
}

/** A treaty noun, as a cue's word: "келісімді", "шартқа қол қойды". */
export const KK_TREATY_NOUN = /(?:келісім|шарт|меморандум|конвенция|хаттама|декларация)/iu;

/**
 * The span [from, to) of the treaty's participle phrase holding the word at `at`, from the clause's
 * start to the participle ("Ташкентте 5 мамырда жасалған шартты", "Астанада қол қойылған
 * стратегиялық әріптестік туралы шартты"), or undefined.
 */
export function kkTreatyPhrase(text: string, at: number): [number, number] | undefined {
  return kkTreatyParticiples(text).find(({ phrase }) => at >= phrase[0] && at < phrase[1])?.phrase;
}
