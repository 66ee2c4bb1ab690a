/** Kazakh nouns of a body set up with no name the lexicon knows (events/foundedBody.ts). */
import type { KeyedCues } from '../../../events/titleCueWords';

// prettier-ignore
export const KK_FOUNDED_BODIES: KeyedCues = [
  ['working-group', /(?<!\p{L})жұмыс\s+тоб/iu],
  ['commission', /(?<!\p{L})комиссия/iu],
  ['faction', /(?<!\p{L})фракция/iu],
  ['headquarters', /(?<!\p{L})штаб/iu],
  ['council', /(?<!\p{L})кеңес(?:і|тер)?(?!\p{L})/iu],
  ['agency', /(?<!\p{L})агентті[кг]/iu],
];
