/** Kazakh cues of a gathering's kind (events/meetingKinds.ts): stems with any ending. */
import type { KeyedCues } from '../../../events/titleCueWords';

// prettier-ignore
export const KK_MEETING_KINDS: KeyedCues = [
  ['court-hearing', /(?<!\p{L})сот\s+отырыс/iu],
  ['report-meeting', /(?<!\p{L})(?:есепті|есеп\s+беру)\s+кездесу/iu],
  ['public-hearings', /(?<!\p{L})(?:қоғамдық|жария)\s+тыңдау/iu],
  ['round-table', /(?<!\p{L})дөңгелек\s+үстел/iu],
  ['peaceful-assembly', /(?<!\p{L})бейбіт\s+жиналыс|(?<!\p{L})митинг/iu],
  ['working-group', /(?<!\p{L})жұмыс\s+тоб/iu],
  ['commission', /(?<!\p{L})комиссия/iu],
  ['headquarters', /(?<!\p{L})штаб/iu],
  ['faction', /(?<!\p{L})фракция/iu],
  ['council', /(?<!\p{L})кеңес(?!\s+бер)(?:і|ін|іне|інің|інде|тің|те)?(?!\p{L})\s+(?:[\p{L}-]+\s+)?(?:отырыс|жиын|мәжіліс)/iu],
  // (A sitting's noun, not a gathering's: "Келесі отырыс 2027 жылы өтеді", "сессия".)
  ['session', /(?<!\p{L})(?:отырыс|сессия)/iu],
];
