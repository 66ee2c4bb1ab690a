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
];
