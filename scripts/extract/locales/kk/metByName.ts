/**
 * A foreign name of given names and a surname, the one met or talked with: "Тоқаев Эммануэль
 * Макронмен кездесті", "Реджеп Тайип Ердоғанмен келіссөз жүргізді". Kazakh glues the case to the
 * name's last word only, so the given names stand as written and the surname carries the
 * comitative and the meeting word after it (locales/kk/foreignMet.ts), as for a surname alone.
 */
import type { NameAround } from '../../arguments/personNameGrammar';
import { kkForeignMet } from './foreignMet';

/** A given name as Kazakh news writes a foreign one: a capitalised word, no hyphen, no case. */
const GIVEN = /^\p{Lu}\p{Ll}+$/u;

/**
 * Whether `written` (two or three words as the text has them; `words` in the nominative) is a
 * foreign name met with: given names in the nominative, the surname in the comitative before a
 * meeting word (`around.after`).
 */
export function kkMetByName(
  written: readonly string[],
  words: readonly string[],
  around: NameAround = {},
): boolean {
  if (written.length < 2 || written.length > 3 || words.length !== written.length) return false;
  const given = written.slice(0, -1);
  if (!given.every((g, i) => GIVEN.test(g) && g === words[i])) return false;
  return kkForeignMet(written.at(-1)!, around.after ?? []) === words.at(-1);
}
