/**
 * Kazakh: the vote whose results are told (events/resultsOf.ts). The possessor stands before the
 * results noun, in the genitive or bare ("референдумның алдын ала қорытындысы", "сайлау
 * нәтижелері", "дауыс беру қорытындысы"). The vote alone (`VOTE_RESULTS`) is what results must be
 * of for "becoming known" to be their announcement (triggersStatements.ts).
 */
import type { KeyedCues } from '../../../events/titleCueWords';

// prettier-ignore
export const KK_RESULTS_OF: KeyedCues = [
  ['referendum', /(?<!\p{L})референдум\p{L}*\s+(?:[\p{L}-]+\s+){0,2}(?:қорытынды|нәтиже)/iu],
  ['election', /(?<!\p{L})сайлау\p{L}*\s+(?:[\p{L}-]+\s+){0,2}(?:қорытынды|нәтиже)/iu],
  // (Voting, told of a referendum and of an election alike.)
  ['vote', /(?<!\p{L})дауыс\s+беру\p{L}*\s+(?:[\p{L}-]+\s+){0,2}(?:қорытынды|нәтиже)/iu],
];

/** A vote's results, the vote before them (for triggers: "сайлаудың алдын ала қорытындысы"). */
export const KK_VOTE_RESULTS = String.raw`(?:референдум|сайлау|дауыс\s+беру)\p{L}*\s+(?:[\p{L}-]+\s+){0,2}(?:қорытынды|нәтиже)`;
