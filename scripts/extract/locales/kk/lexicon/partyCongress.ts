/**
 * Kazakh words that make a "құрылтай" a party's congress (events/kurultaiKind.ts): the party's
 * noun with any ending ("партияның құрылтайы", "партиясының құрылтайында", "партиялық"); and the
 * congress's own noun, which an article about a party's gathering names ("партия съезі"); and
 * the Kurultai owning a sitting.
 */
import type { PartyCongressWords } from '../../../events/kurultaiKind';

export const KK_PARTY_CONGRESS: PartyCongressWords = {
  party: /(?<![\p{L}])партия\p{L}*/iu,
  congress: /(?<![\p{L}])съез\p{L}*/iu,
  // "Құрылтай отырысы", "Құрылтайдың отырысына": the owner right before the sitting's noun.
  sittingOwner: { before: /(?<![\p{L}])құрылтай(?:дың)?\s+$/iu },
};
