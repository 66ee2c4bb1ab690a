/** Russian cues of a gathering's kind (events/meetingKinds.ts): stems with any ending. */
import type { KeyedCues } from '../../../events/titleCueWords';

// prettier-ignore
export const RU_MEETING_KINDS: KeyedCues = [
  ['court-hearing', /(?<!\p{L})судебн\p{L}*\s+заседани|(?<!\p{L})заседани\p{L}*\s+суда/iu],
  ['report-meeting', /(?<!\p{L})отч[её]тн\p{L}*\s+встреч/iu],
  ['public-hearings', /(?<!\p{L})(?:общественн|публичн)\p{L}*\s+слушани|(?<!\p{L})слушани/iu],
  ['round-table', /(?<!\p{L})кругл\p{L}*\s+стол/iu],
  ['peaceful-assembly', /(?<!\p{L})мирн\p{L}*\s+собрани|(?<!\p{L})митинг/iu],
  ['working-group', /(?<!\p{L})рабоч\p{L}*\s+групп/iu],
  ['commission', /(?<!\p{L})комисси/iu],
  ['headquarters', /(?<!\p{L})штаб/iu],
  ['faction', /(?<!\p{L})фракци/iu],
  ['council', /(?<!\p{L})заседани\p{L}*\s+(?:\p{L}+\s+)?совет|(?<!\p{L})совет\p{L}*\s+(?:\p{L}+\s+)?(?:собрал|заседа)/iu],
  // (A sitting's noun, not a gathering's: "Следующее заседание пройдет в 2027 году", "сессия".)
  ['session', /(?<!\p{L})(?:заседани|сесси)/iu],
];
