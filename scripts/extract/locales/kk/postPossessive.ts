/** Whether a Kazakh post is in the possessive, and so has an owner before it (arguments/findPersons.ts). */
import { KK_ROLE_STEMS } from './lexicon/roles';

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
  const stem = KK_ROLE_STEMS.filter((s) => lower.startsWith(s)).sort(
    (a, b) => b.length - a.length,
  )[0];
  // (A stem that ends in its possessive's vowel already, `басшы`, `хатшы`, takes -сы: `басшысы`.)
  return stem !== undefined && POSSESSIVE_TAIL.test(lower.slice(stem.length));
}
