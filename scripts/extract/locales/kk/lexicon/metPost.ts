/**
 * Kazakh posts of a chamber met, in the comitative: "Сенат төрағасымен кездесті", "Мәжіліс
 * Төрағасымен", "Сенат депутаттарымен", "сенатормен" (events/metPost.ts).
 */
import type { MetPostCues } from '../../../events/metPost';

export const KK_MET_POSTS: MetPostCues = [
  // (A deputy chairman first: "Сенат Төрағасының орынбасарымен".)
  [
    'senate-deputy-chairman',
    /(?<![\p{L}])Сенат(?:тың)?\s+Төрағасының\s+орынбасар(?:ы|лары)мен(?![\p{L}])/iu,
  ],
  [
    'mazhilis-deputy-chairman',
    /(?<![\p{L}])Мәжіліс(?:тің)?\s+Төрағасының\s+орынбасар(?:ы|лары)мен(?![\p{L}])/iu,
  ],
  ['senate-chairman', /(?<![\p{L}])Сенат(?:тың)?\s+Төрағасымен(?![\p{L}])/iu],
  ['mazhilis-chairman', /(?<![\p{L}])Мәжіліс(?:тің)?\s+Төрағасымен(?![\p{L}])/iu],
  [
    'senator',
    /(?<![\p{L}])(?:Сенат(?:тың)?\s+депутат(?:ы|тары)мен|сенатор(?:лар)?мен)(?![\p{L}])/iu,
  ],
];
