/**
 * Kazakh cues for two places standing for their states: "Астана мен Ташкент келісімге қол қойды",
 * "Астана мен Мәскеу келісті" (see events/placesAsStates.ts). The two are joined by "мен/бен/пен"
 * or "және", and the clause's verb of signing or agreeing ends it.
 */
import type { PlacesAsStatesCues } from '../../../events/placesAsStates';

export const KK_PLACES_AS_STATES: PlacesAsStatesCues = {
  joiner: /^\s+(?:мен|бен|пен|және)\s+$/u,
  verb: /^(?:\s+[^\s.;!?,]+){0,8}?\s+(?:қол\s+(?:қойды|қояды|қоймақ|қойысты|қойысады)|келісті|келіседі|келіспек|уағдаласты|уағдаласады|келісім\s+жасасты)(?![\p{L}])/iu,
  notBefore: /(?!)/u,
};
