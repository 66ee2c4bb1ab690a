/**
 * Whose results an announcement tells: a referendum's or an election's, read where its sentence
 * names the vote as the possessor of the results ("референдумның қорытындысы", "итоги выборов").
 * A title then says "Referendum results announced", not "Results announced". The cues are per
 * language (locales/<lang>/lexicon/resultsWords.ts).
 */
import type { SourceLang } from '../../../src/model/schema';
import { KK_RESULTS_OF } from '../locales/kk/lexicon/resultsWords';
import { RU_RESULTS_OF } from '../locales/ru/lexicon/resultsWords';

export type ResultsOf = 'referendum' | 'election' | 'vote';

const CUES = { kk: KK_RESULTS_OF, ru: RU_RESULTS_OF };

/** The vote named as the results' possessor, in the sentence's words around the cue. */
export function resultsOf(
  lang: SourceLang,
  text: string,
  at: number,
  length: number,
): ResultsOf | undefined {
  const near = text.slice(Math.max(0, at - 60), at + length + 60);
  return CUES[lang].find(([, re]) => re.test(near))?.[0] as ResultsOf | undefined;
}
