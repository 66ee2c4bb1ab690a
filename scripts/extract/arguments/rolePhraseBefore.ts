import { KK_ROLE_STOP_WORDS } from '../locales/kk/lexicon/roles';
import { RU_ROLE_STOP_WORDS } from '../locales/ru/lexicon/roles';
import { NOT_PAST } from '../locales/ru/ruVerbForms';
import { isCapitalised } from './boundaries';
import { isRoleWord } from './isRoleWord';
import { isPlainGap, type Token } from './tokenize';
import type { Hit, Lang } from './types';

const MAX_WORDS = 12;
/** Participles, past verbs and converbs close the clause the role belongs to (`сөз алған депутат`). */
const KK_VERB_END = /(?:ған|ген|қан|кен|ды|ді|ты|ті|ып|іп)$/u;
/** So do locatives (`басқосуда аудандық …`), but capitalised names may end alike (`Қызылорда`). */
const KK_LOCATIVE_END = /(?:да|де|та|те)$/u;
const KK_GENITIVE_END = /(?:ның|нің|дың|дің|тың|тің)$/u;
/** Dative, accusative, ablative and instrumental endings (not the genitive). */
const KK_OBLIQUE_END = /(?:ға|ге|қа|ке|на|не|ны|ні|дан|ден|тан|тен|нан|нен|мен|пен|бен)$/u;
/** Nouns whose bare form ends like a case: "төраға" (chairman), "аудан" (district). */
const KK_BARE_ROLES = new Set(['төраға', 'аудан']);
/**
 * A Russian past verb closes the clause too ("Президент провел заседание Совета …": "Совета" has
 * no post before it); lower case only, and not a noun that ends alike ("канала", "генерал").
 */
const RU_PAST_VERB = new RegExp(
  String.raw`^(?!${NOT_PAST}$)\p{Ll}{2,}(?:л|ла|ло|ли)(?:сь|ся)?$`,
  'u',
);

/**
 * The role phrase that ends right before token `i` (a name): Kazakh puts the role noun last
 * (`Көкшетау қаласындағы … бөлімінің меңгерушісі Бауыржан Ибраев`), so walk left from it over
 * attributive words until punctuation, a verb, a locative or a clause word. Russian puts the
 * role noun first (`председатель Мажилиса Ерлан Кошанов`): look back up to four words for it.
 */
export function rolePhraseBefore(
  text: string,
  tokens: readonly Token[],
  i: number,
  lang: Lang,
): Hit | null {
  const joined = (k: number) => {
    const a = tokens[k];
    const b = tokens[k + 1];
    return !!a && !!b && isPlainGap(text.slice(a.end, b.start));
  };
  const end = tokens[i - 1];
  if (!end || !joined(i - 1)) return null;
  if (lang === 'ru') {
    for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
      const token = tokens[k];
      if (!token || (k < i - 1 && !joined(k))) break;
      if (RU_ROLE_STOP_WORDS.has(token.text.toLowerCase()) || RU_PAST_VERB.test(token.text)) break;
      if (isRoleWord(token.text, 'ru'))
        return { start: token.start, end: end.end, text: text.slice(token.start, end.end) };
    }
    return null;
  }
  if (!isRoleWord(end.text, 'kk')) return null;
  // A post in apposition stands bare or with its possessive ("депутат Ерлан Сайыров", "Мемлекет
  // басшысы Тоқаев"); one in a case of its own is another phrase ("депутаттарына Мәдениет және
  // ақпарат министрі …": to the deputies).
  const last = end.text.toLowerCase();
  if (
    (KK_OBLIQUE_END.test(last) || KK_LOCATIVE_END.test(last) || KK_GENITIVE_END.test(last)) &&
    !KK_BARE_ROLES.has(last)
  )
    return null;
  let start = end.start;
  for (let k = i - 2; k >= 0 && k >= i - 1 - MAX_WORDS; k--) {
    const token = tokens[k];
    if (!token || !joined(k)) break;
    const lower = token.text.toLowerCase();
    if (KK_ROLE_STOP_WORDS.has(lower) || /\p{N}/u.test(lower) || KK_VERB_END.test(lower)) break;
    if (!isCapitalised(token.text) && KK_LOCATIVE_END.test(lower)) break;
    // So do the dative, accusative, ablative and instrumental ("Тұрғындардың алдына аудан
    // әкімінің орынбасары": before the residents); the genitive is the post's ("әкімінің").
    if (!isCapitalised(token.text) && KK_OBLIQUE_END.test(lower) && !KK_BARE_ROLES.has(lower))
      break;
    // Another post, not in the genitive, is another person's (`Мемлекет басшысы Түркия
    // Президенті Ердоған`: the subject, then the guest's post).
    if (isRoleWord(token.text, 'kk') && !KK_GENITIVE_END.test(lower)) break;
    start = token.start;
  }
  return { start, end: end.end, text: text.slice(start, end.end) };
}
