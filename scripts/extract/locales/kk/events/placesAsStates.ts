/**
 * Kazakh cues for two places standing for their states: "Астана мен Ташкент келісімге қол қойды",
 * "Астана мен Мәскеу келісті" (see events/placesAsStates.ts). The two are joined by "мен/бен/пен"
 * or "және", and the clause's verb of signing or agreeing ends it. The verbs of agreeing alone are
 * a cue of their own after two states or capitals (events/statesAgree.ts).
 */
import type { PlacesAsStatesCues } from '../../../events/placesAsStates';

const JOIN = String.raw`\s+(?:мен|бен|пен|және)\s+`;
const GAP = String.raw`(?:\s+[^\s.;!?,]+){0,8}?\s+`;
const SIGN = String.raw`қол\s+(?:қойды|қояды|қоймақ|қойысты|қойысады)|келісім\s+жасасты`;
/** Agreeing told as done or ahead: "келісті", "уағдаласты", "келісімге келді". */
const AGREE = String.raw`келісті|келіседі|келіспек|уағдаласты|уағдаласады|уағдаласпақ|келісімге\s+(?:келді|келеді|келмек)`;

export const KK_PLACES_AS_STATES: PlacesAsStatesCues = {
  joiner: new RegExp(`^${JOIN}$`, 'u'),
  verb: new RegExp(`^${GAP}(?:${SIGN}|${AGREE})(?![\\p{L}])`, 'iu'),
  notBefore: /(?!)/u,
  join: JOIN,
  gap: GAP,
  agree: AGREE,
};
