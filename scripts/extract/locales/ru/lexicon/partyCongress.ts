/**
 * Russian words that make a "курултай" a party's congress (events/kurultaiKind.ts): the party's
 * noun in any case, or its adjective and members ("курултай партии", "партийный курултай",
 * "партийцы собрались на курултай"); and the congress's own noun, which an article about a
 * party's gathering names ("съезд (курултай) партии"); and the Kurultai owning a sitting.
 */
import type { PartyCongressWords } from '../../../events/kurultaiKind';

export const RU_PARTY_CONGRESS: PartyCongressWords = {
  party: /(?<![\p{L}])парти(?:я|и|ю|ей|ям|ями|ях|йн\p{L}*|йц\p{L}*)(?![\p{L}])/iu,
  congress: /(?<![\p{L}])съезд\p{L}*/iu,
  // "заседание Курултая", "на заседании курултая": the genitive right after the sitting's noun.
  sittingOwner: { after: /^\s+курултая(?![\p{L}])/iu },
};
