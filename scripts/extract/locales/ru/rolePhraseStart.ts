/** Where a Russian role phrase before a name starts (arguments/rolePhraseBefore.ts). */
import { isRoleWord } from '../../arguments/isRoleWord';
import type { RolePhraseStart } from '../../arguments/rolePhraseBefore';
import type { Token } from '../../arguments/tokenize';
import { RU_ROLE_STOP_WORDS } from './lexicon/roles';
import { isPostComplement } from './postComplement';
import { roleCaseClashes } from './roleCaseClash';
import { NOT_PAST } from './ruVerbForms';
import { isTitleAdjective } from './titleAdjective';

/**
 * A Russian past verb closes the clause ("Президент провел заседание Совета …": "Совета" has
 * no post before it); lower case only, and not a noun that ends alike ("канала", "генерал").
 */
const RU_PAST_VERB = new RegExp(
  String.raw`^(?!${NOT_PAST}$)\p{Ll}{2,}(?:л|ла|ло|ли)(?:сь|ся)?$`,
  'u',
);

/** How far back a post noun may stand when the words after it are its complement. */
const POST_REACH = 10;

/** Stop words that may join a post's complement (`труда и социальной защиты`, `по делам`). */
const IN_POST = /^(?:и|по)$/u;

/** A dash between two posts of one holder: `Заместитель Премьер-министра – министр финансов`. */
const POST_DASH = /^\s+[–—-]\s+$/u;

/**
 * `во главе с` is a preposition ("headed by"), not the post `глава`: the phrase before a name ends
 * at it, and the post, if any, is the one after it (`во главе с министром … Муратом Нуртлеу`).
 */
const isHeadedBy = (tokens: readonly Token[], k: number) =>
  tokens[k]!.text.toLowerCase() === 'главе' && /^во$/iu.test(tokens[k - 1]?.text ?? '');

/** A role noun in the genitive: whose deputy or adviser the post before it is (`Президента`). */
function isGenitiveRole(word: string): boolean {
  return isRoleWord(word, 'ru') && /[аяыи]$/u.test(word);
}

/** A title adjective in the genitive singular, agreeing with a genitive post (`Генерального`). */
const isGenitiveTitleAdjective = (word: string) =>
  isTitleAdjective(word) && /(?:ого|его|ой|ей)$/u.test(word);

/**
 * The head of a post found at `k`: a post before a genitive post is the holder's (`Заместитель
 * Премьер-министра`, `Советник Президента`), and a post before a dash is the holder's too.
 */
function postHead(
  tokens: readonly Token[],
  k: number,
  joined: (k: number) => boolean,
  gap: (k: number) => string,
): number {
  for (;;) {
    if (!isGenitiveRole(tokens[k]!.text)) break;
    // (Over the genitive post's own title adjectives: "Заместитель Генерального прокурора".)
    let j = k;
    while (j > 0 && joined(j - 1) && isGenitiveTitleAdjective(tokens[j - 1]!.text)) j--;
    if (j === 0 || !joined(j - 1) || !isRoleWord(tokens[j - 1]!.text, 'ru')) break;
    k = j - 1;
  }
  if (k > 0 && POST_DASH.test(gap(k - 1)) && /^\p{Ll}/u.test(tokens[k]!.text)) {
    const before = RU_ROLE_PHRASE_START(tokens, k, joined, gap);
    if (before !== null) return tokens.findIndex((t) => t.start === before);
  }
  return k;
}

/**
 * Where a post's title starts: its adjectives before the noun are the title's (`Государственный
 * секретарь`, `Чрезвычайный и Полномочный Посол`, locales/ru/titleAdjective.ts).
 */
function titleStart(tokens: readonly Token[], k: number, joined: (k: number) => boolean): number {
  const adjective = (j: number) => j >= 0 && joined(j) && isTitleAdjective(tokens[j]!.text);
  for (;;) {
    if (adjective(k - 1)) k--;
    else if (tokens[k - 1]?.text === 'и' && joined(k - 1) && adjective(k - 2)) k -= 2;
    else return k;
  }
}

/** The capitalised words of the name at `i`, up to three: its case shows on any of them. */
function nameWords(tokens: readonly Token[], i: number, joined: (k: number) => boolean): string[] {
  const words = [tokens[i]?.text ?? ''];
  for (let k = i; k < i + 2 && joined(k) && /^\p{Lu}/u.test(tokens[k + 1]!.text); k++)
    words.push(tokens[k + 1]!.text);
  return words;
}

/**
 * Russian puts the role noun first (`председатель Мажилиса Ерлан Кошанов`): up to four words back,
 * or further over a post's complement (`Министр иностранных дел Республики Сингапур`).
 */
export const RU_ROLE_PHRASE_START: RolePhraseStart = (tokens, i, joined, gap) => {
  for (let k = i - 1; k >= Math.max(0, i - POST_REACH); k--) {
    const token = tokens[k];
    if (!token || (k < i - 1 && !joined(k))) break;
    const lower = token.text.toLowerCase();
    const joins = IN_POST.test(lower) && /^\p{Ll}/u.test(tokens[k + 1]?.text ?? '') && k < i - 1;
    if ((RU_ROLE_STOP_WORDS.has(lower) && !joins) || RU_PAST_VERB.test(token.text)) break;
    if (isHeadedBy(tokens, k)) break;
    if (!isRoleWord(token.text, 'ru')) continue;
    const words = tokens.slice(k + 1, i).map((t) => t.text);
    const plain = words.length <= 3 && !words.some((w) => IN_POST.test(w));
    if (!plain && !isPostComplement(words)) return null;
    // (The head's case counts: "Советник Президента Ерлан Карин" is the adviser's name.)
    const head = postHead(tokens, k, joined, gap);
    if (roleCaseClashes(tokens[head]!.text, nameWords(tokens, i, joined))) return null;
    return tokens[titleStart(tokens, head, joined)]!.start;
  }
  return null;
};
