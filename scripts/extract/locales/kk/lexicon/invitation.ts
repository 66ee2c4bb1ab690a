/**
 * Kazakh cues of an invitation (events/invitation.ts): "шақырды", "шақырады", "шақырған" after the
 * one invited in the accusative ("Тоқаевты"), the place in the dative ("Мәскеуге").
 */
import type { InvitationCues } from '../../../events/invitation';
import { kkNameCases } from '../kkNameEndings';

const last = (t: string) => t.split(/\s+/u).at(-1) ?? '';

/**
 * The visit one is invited to, then the verb of inviting: "сапарға шақырды", "сапармен келуге
 * шақырды", "Мәскеуге келуге шақырды" (a verb of coming or going in the dative).
 */
export const KK_INVITED_VISIT = String.raw`(?:сапар(?:ға|ына|мен)\s+(?:(?:келу|бару)(?:ге|ға)\s+)?|(?:келу|бару)(?:ге|ға)\s+)шақыр(?:ды|ады|ған|ып|мақ)(?![\p{L}])`;

/**
 * A person invited to a place with no visit named: one in the accusative, a town in the dative,
 * then the verb ("Путин Тоқаевты Мәскеуге шақырды"). The trigger's pattern is read without case;
 * KK_INVITED_TO_NAMES asks both words for a capital (a name, not "халықты сайлауға шақырды").
 */
const ACC = String.raw`(?:ты|ті|ды|ді|ны|ні)`;
const DAT = String.raw`(?:ға|ге|қа|ке|на|не)`;
const INVITES = String.raw`шақыр(?:ды|ады|ған|ып|мақ)(?![\p{L}])`;
// (The cue is the verb: the words before it are names, and a name is no cue.)
export const KK_INVITED_TO_PLACE = String.raw`(?<=[\p{L}-]${ACC}\s+[\p{L}-]+${DAT}\s+)${INVITES}`;
export const KK_INVITED_TO_NAMES = new RegExp(
  String.raw`(?<![\p{L}])\p{Lu}[\p{L}-]*${ACC}\s+\p{Lu}[\p{L}-]*${DAT}\s+${INVITES}`,
  'u',
);

export const KK_INVITATION: InvitationCues = {
  // (Not "шақырылды", a gathering convened, nor "шақыру", the noun.)
  verb: /(?<![\p{L}])шақыр(?:ды|ады|ған|ып|мақ|атын)(?![\p{L}])/u,
  objectFirst: true,
  // (Any accusative ending: a foreign surname's vowel is not always its harmony's, `Тоқаевты`.)
  isObject: (written, name) => {
    const n = last(name);
    return (
      /^(?:ны|ні|ды|ді|ты|ті)$/u.test(last(written).slice(n.length)) && last(written).startsWith(n)
    );
  },
  isDestination: (written, name) =>
    written !== name && kkNameCases(name)[1] === written.split(/\s+/u).at(-1),
};

/** The accusative of a surname (`Тоқаевты`, `Путинді`, `Мирзиёевті`), by kkNameEndings.ts. */
export const kkAccusative = (name: string): string => kkNameCases(name)[2]!;
