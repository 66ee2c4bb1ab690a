/**
 * Russian names a post's holder after the whole post: `Председатель Госсовета КНР Ли Цян`,
 * `Председателя Правления Нацбанка Тимура Сулейменова`, `Генсекретаря ООН Антониу Гутерриша`. The
 * words between the post and the name are its complement (a body, a state, an abbreviation), in
 * the genitive whatever the post's case, and never part of the name.
 */
import { NAME_WORD } from '../../arguments/nameWord';
import type { WordAfter } from '../../arguments/personNameGrammar';

/**
 * Whether a run of capitalised words right after a post is the post's complement: the words
 * `after` it (joined by spaces) go on with capitalised words no name takes (an abbreviation,
 * `КНР`; a body or a state found already, `Нацбанка`, `России`) and then a name word. The name
 * stands last, so the run before them is not the name.
 */
export function ruComplementBeforeName(after: readonly WordAfter[]): boolean {
  let between = 0;
  for (const word of after) {
    if (!/^\p{Lu}/u.test(word.text)) return false;
    if (word.free && NAME_WORD.test(word.text)) return between > 0;
    between++;
  }
  return false;
}
