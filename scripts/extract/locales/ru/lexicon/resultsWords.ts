/**
 * Russian: the vote whose results are told (events/resultsOf.ts). The possessor follows the
 * results noun in the genitive ("итоги референдума", "предварительные результаты выборов в
 * Мажилис", "итоги голосования").
 */
import type { KeyedCues } from '../../../events/titleCueWords';

// prettier-ignore
export const RU_RESULTS_OF: KeyedCues = [
  ['referendum', /(?<!\p{L})(?:итог|результат)\p{L}*\s+(?:[\p{L}-]+\s+)?референдум/iu],
  ['election', /(?<!\p{L})(?:итог|результат)\p{L}*\s+(?:[\p{L}-]+\s+)?выбор/iu],
  // (Voting, told of a referendum and of an election alike.)
  ['vote', /(?<!\p{L})(?:итог|результат)\p{L}*\s+(?:[\p{L}-]+\s+)?голосовани/iu],
];

/** A vote's results, the vote after them (for triggers: "итоги выборов в Мажилис"). */
export const RU_VOTE_RESULTS = String.raw`(?:итог|результат)\p{L}*\s+(?:[\p{L}-]+\s+)?(?:референдум|выбор|голосовани)\p{L}*(?:\s+в\s+[\p{L}-]+)?`;
