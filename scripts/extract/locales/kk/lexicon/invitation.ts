/**
 * Kazakh cues of an invitation (events/invitation.ts): "шақырды", "шақырады", "шақырған" after the
 * one invited in the accusative ("Тоқаевты"), the place in the dative ("Мәскеуге").
 */
import type { InvitationCues } from '../../../events/invitation';
import { kkNameCases } from '../kkNameEndings';

const last = (t: string) => t.split(/\s+/u).at(-1) ?? '';

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

/**
 * The accusative of a surname: -ны/-ні after a vowel, -ты/-ті after a voiceless consonant, else
 * -ды/-ді; the vowel by the last vowel before a Russian -ев (`Тоқаевты`), front where и or ё is the
 * only one (`Путинді`, `Мирзиёевті`).
 */
export function kkAccusative(name: string): string {
  const base = name.toLowerCase().replace(/[её]в$/u, '');
  const v = /[аоұыяәөүіеэ](?=[^аоұыяәөүіеэ]*$)/u.exec(base)?.[0];
  const front = v === undefined || 'әөүіеэ'.includes(v);
  const lower = name.toLowerCase();
  const c = /[аәоөұүыіеэюяиу]$/u.test(lower) ? 'н' : /[пфкқтсшщхцчбвгд]$/u.test(lower) ? 'т' : 'д';
  return `${name}${c}${front ? 'і' : 'ы'}`;
}
