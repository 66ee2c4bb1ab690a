/**
 * Kazakhstan's head of state named by the bare post ("Президент", "Мемлекет басшысы", "Елбасы")
 * before a name that opens a participle's clause: "5 қаңтарда Президент Асқар Мамин басқарған
 * Үкіметтің отставкасын қабылдады" is the President accepting the resignation of the Government
 * Askar Mamin led, not Mamin as President. The bare post names one of its holders (Назарбаев,
 * Тоқаев); before anyone else, with the name the subject of a relative participle ("басқарған",
 * "қол қойған") whose head noun is in an oblique case, the post is the main clause's subject.
 */
const BARE_POST = /(?<!\p{Lu}[\p{L}-]*\s+)(?:Президент|Мемлекет\s+басшысы|Елбасы)\s*$/u;
const HOLDERS = /^(?:Назарбаев|Тоқаев|Токаев)/u;
/** A relative participle: the perfect -ған/-қан and the habitual -атын, -йтын. */
const PARTICIPLE = /^\p{Ll}[\p{L}-]*(?:ған|ген|қан|кен|атын|етін|йтын|йтін)$/u;
/** The head noun in the genitive, accusative, dative, locative or ablative. */
const OBLIQUE =
  /^\p{L}[\p{L}-]*(?:ның|нің|дың|дің|тың|тің|ны|ні|ды|ді|ты|ті|ын|ін|на|не|ға|ге|қа|ке|да|де|та|те|нда|нде|дан|ден|тан|тен|нан|нен)$/u;

/** Whether `role`, right before the text `after` that opens with the name, is no post of that name. */
export function kkNotHisPost(role: string, after: string): boolean {
  if (!BARE_POST.test(role.trim())) return false;
  // The name's words (a given name and a surname, or one of them), then at most one object word.
  const words = after.split(/[^\p{L}-]+/u, 5);
  for (let k = 0; k < 4 && words[k]; k++) {
    const word = words[k]!;
    if (HOLDERS.test(word)) return false;
    if (PARTICIPLE.test(word)) return k > 0 && OBLIQUE.test(words[k + 1] ?? '');
  }
  return false;
}
