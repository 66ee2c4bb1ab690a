/**
 * Kazakhstan's head of state named by the bare post ("Президент", "Мемлекет басшысы", "Елбасы")
 * before a name that opens a participle's clause: "5 қаңтарда Президент Асқар Мамин басқарған
 * Үкіметтің отставкасын қабылдады" is the President accepting the resignation of the Government
 * Askar Mamin led, not Mamin as President. The bare post names one of its holders (Назарбаев,
 * Тоқаев); before anyone else, with the name the subject of a relative participle ("басқарған",
 * "қол қойған") whose head noun is in an oblique case, the post is the main clause's subject.
 * So it is before a name in the accusative or the comitative at the clause's start ("Президент
 * Ермек Маржықпаевты қызметінен босатты", "Мемлекет басшысы Олаф Шольцпен сөйлесті"): Kazakh marks the case on the name's last word, so the name is the head of
 * state's object. (Not after a subject, "Тоқаев Президент Джо Байденді қабылдады", where the post
 * is the guest's; nor another case, which a foreign surname may only look like: "Байден".)
 */
import { kkNameCase } from './kkNameEndings';
import { NOT_GIVEN_NAMES } from './lexicon/names';

// (An optional lookbehind would never capture: JavaScript skips a quantified empty match.)
const BARE_POST =
  /(?:(?<=(\p{Lu}[\p{L}-]*)\s+)|(?<!\p{Lu}[\p{L}-]*\s+))(?:Президент|Мемлекет\s+басшысы|Елбасы)\s*$/u;

/**
 * The post bare, not a subject's apposition: no capitalised word before it ("Тоқаев Президент
 * Байденді қабылдады" names the guest's post), save a word that opens sentences and is no name
 * ("Бүгін Президент …", "Сонымен қатар Президент …").
 */
function isBarePost(role: string): boolean {
  const m = BARE_POST.exec(role.trim());
  return m !== null && (m[1] === undefined || NOT_GIVEN_NAMES.has(m[1]));
}
const HOLDERS = /^(?:Назарбаев|Тоқаев|Токаев)/u;
/** A relative participle: the perfect -ған/-қан and the habitual -атын, -йтын. */
const PARTICIPLE = /^\p{Ll}[\p{L}-]*(?:ған|ген|қан|кен|атын|етін|йтын|йтін)$/u;
/** The head noun in the genitive, accusative, dative, locative or ablative. */
const OBLIQUE =
  /^\p{L}[\p{L}-]*(?:ның|нің|дың|дің|тың|тің|ны|ні|ды|ді|ты|ті|ын|ін|на|не|ға|ге|қа|ке|да|де|та|те|нда|нде|дан|ден|тан|тен|нан|нен)$/u;

const CAPITALISED = /^\p{Lu}/u;
/** kkNameCases' indices of the accusative and the comitative. */
const ACCUSATIVE = 2;
const COMITATIVE = 5;

/**
 * Why `role`, right before the text `after` that opens with the name, is no post of that name: the
 * name is the subject of a relative clause ('clause') or the head of state's object in a case
 * ('object'); undefined when it may be his.
 */
export function kkAnothersPost(role: string, after: string): 'clause' | 'object' | undefined {
  if (!isBarePost(role)) return undefined;
  // The name's words (a given name and a surname, or one of them), then at most one object word.
  const words = after.split(/[^\p{L}-]+/u, 5);
  for (let k = 0; k < 4 && words[k]; k++) {
    const word = words[k]!;
    if (HOLDERS.test(word)) return undefined;
    // (The comitative too: "Мемлекет басшысы Олаф Шольцпен сөйлесті" is the head of state talking
    // with Scholz, no head of state. Not the ablative or dative, which a foreign surname may only
    // look like: "Байден".)
    const index = CAPITALISED.test(word) ? kkNameCase(word)?.index : undefined;
    if (index === ACCUSATIVE || index === COMITATIVE) return 'object';
    if (PARTICIPLE.test(word))
      return k > 0 && OBLIQUE.test(words[k + 1] ?? '') ? 'clause' : undefined;
  }
  return undefined;
}
