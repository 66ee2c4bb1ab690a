/**
 * Russian cues for two places standing for their states: "Астана и Ташкент подпишут соглашение",
 * "Астана и Москва договорились" (see events/placesAsStates.ts). The two are joined by "и", and a
 * verb of signing or agreeing follows within a few words.
 */
import type { PlacesAsStatesCues } from '../../../events/placesAsStates';

export const RU_PLACES_AS_STATES: PlacesAsStatesCues = {
  joiner: /^\s+и\s+$/u,
  verb: /^(?:\s+[^\s.;!?]+){0,3}?\s+(?:подпи(?:шут|сали|сывают|сать)|договори(?:лись|ться)|договорятся|заключ(?:или|ат|ают)|согласовали|обменялись)(?![\p{L}])/iu,
  // (Not where a preposition makes them places: "в Астане и Ташкенте", "между Астаной и …".)
  notBefore: /(?:^|\s)(?:в|во|из|между|от|до|через|для)\s+$/iu,
};
