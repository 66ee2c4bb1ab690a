/** Russian nouns of a body set up with no name the lexicon knows (events/foundedBody.ts). */
import type { KeyedCues } from '../../../events/titleCueWords';

// prettier-ignore
export const RU_FOUNDED_BODIES: KeyedCues = [
  ['working-group', /(?<!\p{L})рабоч\p{L}*\s+групп/iu],
  ['commission', /(?<!\p{L})комисси/iu],
  ['faction', /(?<!\p{L})фракци/iu],
  ['headquarters', /(?<!\p{L})штаб/iu],
  ['council', /(?<!\p{L})совет(?!\p{Ll}*\s+(?:директоров))/iu],
  ['agency', /(?<!\p{L})агентств/iu],
  // (A party only as the one founded, "новая партия", "партия будет создана", "создали партию".)
  ['party', /(?<!\p{L})(?:нов\p{L}*\s+(?:политическ\p{L}*\s+)?парти|парти\p{L}*\s+(?:[\p{L}\d-]+\s+){0,3}?(?:создан|учрежд|основан)|(?:созда|учред|основа)\p{L}*\s+(?:[\p{L}\d-]+\s+){0,2}?парти)/iu],
];
