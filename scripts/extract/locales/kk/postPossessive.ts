/** Whether a Kazakh post is in the possessive, and so has an owner before it (arguments/findPersons.ts). */
import { KK_LOWER_CASE_ROLE_STEMS, KK_ROLE_STEMS } from './lexicon/roles';
import { isRoleWord } from '../../arguments/isRoleWord';

/**
 * The possessive of the third person after a post's stem, singular or plural, then any case:
 * `Президенті`, `Президентімен`, `төрағасы`, `елшісіне`, `министрлері`. The bare post takes a case
 * straight on its stem (`Президентке`, `Президентпен`, `министрмен`), and has no owner.
 */
const POSSESSIVE_TAIL = /^(?:лар|лер|дар|дер|тар|тер)?(?:сы|сі|ы|і)/u;

/**
 * Whether `post` is in the possessive: the capitalised word before it is whose post it is
 * (`Түркия Президенті`, `Вьетнам елшісімен`); before a bare post (`Тоқаев Президент Дональд
 * Трампты`) the word is a name of its own, the clause's subject.
 */
export function kkPostOwned(post: string): boolean {
  const lower = post.toLowerCase().replace(/^.*-/u, '');
  const stem = [...KK_ROLE_STEMS, ...KK_LOWER_CASE_ROLE_STEMS]
    .filter((s) => lower.startsWith(s))
    .sort((a, b) => b.length - a.length)[0];
  // (A stem that ends in its possessive's vowel already, `басшы`, `хатшы`, takes -сы: `басшысы`.)
  return stem !== undefined && POSSESSIVE_TAIL.test(lower.slice(stem.length));
}

/** Lower-case words a post's complement may hold before its noun (`сыртқы істер министрі`). */
const MAX_COMPLEMENT = 3;

/**
 * Whether `words`, those after a bare capitalised word, make it a post's owner: up to three
 * lower-case words, then a post in the possessive (`Австрия канцлері`, `Франция сыртқы істер
 * министрі`, `Иордания королі`). Kazakh puts the owner before the post, so after a surname such a
 * word opens the next person's post ("Тоқаев Австрия канцлері Карл Нехаммерді"), whether or not
 * a gazetteer knows the country.
 */
export function kkOwnsPostAfter(words: readonly string[]): boolean {
  for (const [n, word] of words.slice(0, MAX_COMPLEMENT + 1).entries()) {
    if (isRoleWord(word, 'kk')) return kkPostOwned(word);
    if (n === MAX_COMPLEMENT || !/^\p{Ll}+$/u.test(word)) return false;
  }
  return false;
}
