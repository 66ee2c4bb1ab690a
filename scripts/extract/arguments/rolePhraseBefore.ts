import { kkAnothersPost } from '../locales/kk/headOfStatePost';
import { KK_ROLE_PHRASE_START } from '../locales/kk/rolePhraseStart';
import { RU_ROLE_PHRASE_START } from '../locales/ru/rolePhraseStart';
import { RU_ACT_NOUN_BEFORE } from '../locales/ru/actIssuerBefore';
import { isPlainGap, type Token } from './tokenize';
import type { Hit, Lang } from './types';

/**
 * Where a language's role phrase that ends right before token `i` (a name) starts: the offset of
 * its first token, or null when no role noun stands there. `joined(k)` says that tokens k and k+1
 * are separated by spaces only, `gap(k)` the text between them. Each locale walks its own word order (locales/{kk,ru}/rolePhraseStart.ts).
 */
export type RolePhraseStart = (
  tokens: readonly Token[],
  i: number,
  joined: (k: number) => boolean,
  gap: (k: number) => string,
) => number | null;

const ROLE_PHRASE_START: Record<Lang, RolePhraseStart> = {
  kk: KK_ROLE_PHRASE_START,
  ru: RU_ROLE_PHRASE_START,
};

/**
 * A post that the language's grammar gives to another than the name after it, and why: the name
 * opens a relative clause or is the post holder's object (kk: headOfStatePost.ts).
 */
const ANOTHERS_POST: Record<
  Lang,
  ((role: string, after: string) => 'clause' | 'object' | undefined) | undefined
> = {
  kk: kkAnothersPost,
  ru: undefined,
};

/** An act's noun before a post, which makes the post the act's issuer's (locales/ru/actIssuerBefore.ts). */
const ISSUER_BEFORE: Record<Lang, RegExp | undefined> = { kk: undefined, ru: RU_ACT_NOUN_BEFORE };

/** Why the post `role` (with the words before it), right before `after` (the text from a name on), is not that name's. */
const anothersPost = (lang: Lang, role: string, after: string) =>
  ANOTHERS_POST[lang]?.(role, after);

/** Whether the post `role` (with the words before it), right before `after`, is not that name's. */
export const notHisPost = (lang: Lang, role: string, after: string) =>
  anothersPost(lang, role, after) !== undefined;

/**
 * Why the name at `at` stands after a post that is not its own: before the subject of a relative
 * clause ('clause': the post, not the name, is the clause's subject, and the name no actor of it),
 * or as the post holder's object ('object': "Президент Ермек Маржықпаевты … босатты" is the act
 * of the head of state on a man who is no President).
 */
export const afterAnothersPost = (lang: Lang, text: string, at: number) =>
  anothersPost(lang, text.slice(Math.max(0, at - 40), at), text.slice(at, at + 120));

/**
 * The role phrase that ends right before token `i` (a name): Kazakh puts the role noun last
 * (`Көкшетау қаласындағы … бөлімінің меңгерушісі Бауыржан Ибраев`), so walk left from it over
 * attributive words until punctuation, a verb, a locative or a clause word. Russian puts the
 * role noun first (`председатель Мажилиса Ерлан Кошанов`): look back up to four words for it.
 * A post never holds another person's name: the phrase starts after the last of `names` (those
 * found so far) that ends before it (`Қасым-Жомарт Тоқаев Түркия Президенті Ердоғанмен`: the
 * post is `Түркия Президенті`, Tokayev is the clause's subject).
 */
export function rolePhraseBefore(
  text: string,
  tokens: readonly Token[],
  i: number,
  lang: Lang,
  names: readonly Hit[] = [],
): Hit | null {
  const floor = names.reduce(
    (end, n) => (n.end <= (tokens[i]?.start ?? 0) && n.end > end ? n.end : end),
    0,
  );
  const joined = (k: number) => {
    const a = tokens[k];
    const b = tokens[k + 1];
    return !!a && !!b && a.start >= floor && isPlainGap(text.slice(a.end, b.start));
  };
  const end = tokens[i - 1];
  if (!end || !joined(i - 1)) return null;
  const gap = (k: number) => text.slice(tokens[k]?.end ?? 0, tokens[k + 1]?.start ?? 0);
  const start = ROLE_PHRASE_START[lang](tokens, i, joined, gap);
  if (start === null) return null;
  // (Nor the issuer's post after an act's noun: "Указом Президента Роман Скляр назначен …".)
  if (ISSUER_BEFORE[lang]?.test(text.slice(Math.max(0, start - 20), start))) return null;
  const role = text.slice(start, end.end);
  // (The name still is a person as the head of state's object, found by the post before it:
  // "Президент Трампты"; fillArguments.ts leaves the post out of his role.)
  return anothersPost(lang, role, text.slice(end.end, end.end + 120).trimStart()) === 'clause'
    ? null
    : { start, end: end.end, text: role };
}
