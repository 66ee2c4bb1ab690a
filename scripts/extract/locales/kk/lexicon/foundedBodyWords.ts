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
  // (A party only as the one founded, "жаңа партия", "партия құрылмақ", "партияның … құрылуы";
  // not "партия төрағасы", who spoke of something else.)
  ['party', /(?<!\p{L})(?:жаңа\s+(?:саяси\s+)?партия|партия\p{L}*\s+(?:[\p{L}\d-]+\s+){0,3}?құр(?!ам))/iu],
];
