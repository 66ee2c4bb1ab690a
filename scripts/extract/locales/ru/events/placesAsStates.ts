/**
 * Russian cues for two places standing for their states: "Астана и Ташкент подпишут соглашение",
 * "Астана и Москва договорились" (see events/placesAsStates.ts). The two are joined by "и", and a
 * verb of signing or agreeing follows within a few words. The verbs of agreeing alone are a cue of
 * their own after two states or capitals (events/statesAgree.ts).
 */
import type { PlacesAsStatesCues } from '../../../events/placesAsStates';
import { RU_STATE_HEADS, ruStateGenitive } from '../lexicon/stateHeads';

const JOIN = String.raw`\s+и\s+`;
const GAP = String.raw`(?:\s+[^\s.;!?]+){0,3}?\s+`;
const SIGN = String.raw`подпи(?:шут|сали|сывают|сать)|заключ(?:или|ат|ают)|обменялись`;
/** Agreeing told as done or ahead: "договорились", "договорятся", "достигли договорённости". */
const AGREE = String.raw`договори(?:лись|ться)|договорятся|договариваются|согласовали|достигли\s+(?:договор[её]нност|соглашени|согласи)\p{L}*`;

export const RU_PLACES_AS_STATES: PlacesAsStatesCues = {
  joiner: new RegExp(`^${JOIN}$`, 'u'),
  verb: new RegExp(`^${GAP}(?:${SIGN}|${AGREE})(?![\\p{L}])`, 'iu'),
  // (Not where a preposition makes them places: "в Астане и Ташкенте", "между Астаной и …".)
  notBefore: /(?:^|\s)(?:в|во|из|между|от|до|через|для)\s+$/iu,
  join: JOIN,
  gap: GAP,
  agree: AGREE,
  // ("Президенты / Главы государств Казахстана и Узбекистана договорились".)
  heads: { noun: RU_STATE_HEADS, inflect: ruStateGenitive },
};
