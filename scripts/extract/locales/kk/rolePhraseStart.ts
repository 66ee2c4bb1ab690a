/** Where a Kazakh role phrase before a name starts (arguments/rolePhraseBefore.ts). */
import { isCapitalised } from '../../arguments/boundaries';
import { isRoleWord } from '../../arguments/isRoleWord';
import type { RolePhraseStart } from '../../arguments/rolePhraseBefore';
import { kkObjectOfPostField, kkPostConjunction } from './coordinatedPost';
import { kkNameNotPostOwner } from './kkCaseEndsName';
import { KK_ROLE_STOP_WORDS } from './lexicon/roles';
import { kkPostOwned } from './postPossessive';
import { kkBodyOwned, kkIzafetHead, kkPossessiveEndsPhrase } from './izafet';

const MAX_WORDS = 12;
/** Participles, past verbs and converbs close the clause the role belongs to (`сөз алған депутат`). */
const KK_VERB_END = /(?:ған|ген|қан|кен|ды|ді|ты|ті|ып|іп)$/u;
/** So do locatives (`басқосуда аудандық …`), but capitalised names may end alike (`Қызылорда`). */
const KK_LOCATIVE_END = /(?:да|де|та|те)$/u;
const KK_GENITIVE_END = /(?:ның|нің|дың|дің|тың|тің)$/u;
/** A participle capitalised before a capitalised word is part of a name: `Біріккен Ұлттар Ұйымының`. */
const KK_PARTICIPLE_END = /(?:ған|ген|қан|кен)$/u;
function inProperName(word: string, next: string): boolean {
  return isCapitalised(word) && isCapitalised(next) && KK_PARTICIPLE_END.test(word.toLowerCase());
}
/** Dative, accusative, ablative and instrumental endings (not the genitive). */
const KK_OBLIQUE_END = /(?:ға|ге|қа|ке|на|не|ны|ні|дан|ден|тан|тен|нан|нен|мен|пен|бен)$/u;
/** A plural with no possessive after it: a group ("Студенттер"), never one person's post. */
const KK_BARE_PLURAL = /(?:лар|лер|дар|дер|тар|тер)$/u;
/** Nouns whose bare form ends like a case: "төраға" (chairman), "аудан" (district), "омбудсмен". */
const KK_BARE_ROLES = new Set(['төраға', 'аудан', 'омбудсмен']);

/**
 * Kazakh puts the role noun last (`Көкшетау қаласындағы … бөлімінің меңгерушісі Бауыржан Ибраев`):
 * walk left from it over attributive words until punctuation, a verb, a locative or a clause word.
 */
export const KK_ROLE_PHRASE_START: RolePhraseStart = (tokens, i, joined) => {
  const end = tokens[i - 1]!;
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
  // A bare plural names a group, which stands in apposition to no one name ("Студенттер Ұлы
  // Отанмен кездесті": the students met); the possessive plural may ("Мәжіліс депутаттары").
  // (Not a post whose stem only ends so: "Канцлер", "лидер"; the plural's stem is a post itself.)
  if (KK_BARE_PLURAL.test(last) && isRoleWord(last.replace(KK_BARE_PLURAL, ''), 'kk')) return null;
  let start = end.start;
  for (let k = i - 2; k >= 0 && k >= i - 1 - MAX_WORDS; k--) {
    const token = tokens[k];
    if (!token || !joined(k)) break;
    const lower = token.text.toLowerCase();
    const next = tokens[k + 1]?.text ?? '';
    // "және" between two fields of one post joins them ("Ғылым және жоғары білім министрі").
    // (The field before it is a plain noun, whatever its ending: "Өнеркәсіп және құрылыс".)
    if (kkPostConjunction(tokens, k, i, joined)) {
      start = tokens[--k]!.start;
      continue;
    }
    if (KK_ROLE_STOP_WORDS.has(lower) || /\p{N}/u.test(lower)) break;
    // The object of the post's verbal noun is the post's, though it ends like a past verb or a
    // possessive: "халықты әлеуметтік қорғау министрі".
    if (kkObjectOfPostField(tokens, k, i)) {
      start = token.start;
      continue;
    }
    // A capitalised word before a post or a body in the possessive is its owner, in the nominative
    // whatever its last letters look like ("Қазақстан Республикасы", "Алматы облысы", "Қарағанды
    // облысының әкімі": no ablative, accusative or past verb).
    const owner = isCapitalised(token.text) && kkIzafetHead(next);
    // (Nor is a post or a body in the possessive a past verb: "Президенті", "комитеті".)
    const noun = isRoleWord(token.text, 'kk') || kkBodyOwned(token.text, true);
    if (!owner && !noun && KK_VERB_END.test(lower) && !inProperName(token.text, next)) break;
    if (!isCapitalised(token.text) && KK_LOCATIVE_END.test(lower)) break;
    // So do the dative, accusative, ablative and instrumental ("Тұрғындардың алдына аудан
    // әкімінің орынбасары": before the residents); the genitive is the post's ("әкімінің").
    // (A body's possessive after a stem in -н is none: "ауданы".)
    if (
      !isCapitalised(token.text) &&
      KK_OBLIQUE_END.test(lower) &&
      !KK_BARE_ROLES.has(lower) &&
      !kkBodyOwned(token.text, true)
    )
      break;
    // A name in a case is no part of a post ("Путинге Президент Тоқаев хат жолдады").
    if (
      !owner &&
      isCapitalised(token.text) &&
      kkNameNotPostOwner(token.text, kkPostOwned(end.text))
    )
      break;
    // A noun in the possessive before another phrase ends its own: "Сөз кезегі Ұлттық экономика
    // министрі", "Отырыстың модераторы Мәжіліс депутаты" (the turn, the moderator: no post's part).
    if (kkPossessiveEndsPhrase(token.text, next)) break;
    // Another post, not in the genitive nor owning the next noun, is another person's
    // (`Мемлекет басшысы Түркия Президенті Ердоған`: the subject, then the guest's post; not
    // "облыс әкімі аппаратының басшысы", the akim's office's head).
    const owns = kkIzafetHead(next) || KK_GENITIVE_END.test(next.toLowerCase());
    if (isRoleWord(token.text, 'kk') && !KK_GENITIVE_END.test(lower) && !owns) break;
    start = token.start;
  }
  return start;
};
