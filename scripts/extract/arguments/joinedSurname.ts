/**
 * A lone surname joined by "and" to another (`Путин и Токаев`, `Тоқаев пен Путин`): the words
 * around it in the token stream, for loneSurname.ts isJoinedToSurname. "And" must stand alone
 * between the two, spaces only (no comma or clause break).
 */
import { isJoinedToSurname } from './loneSurname';
import { nominativeSurname } from './normaliseName';
import { isPlainGap, type Token } from './tokenize';
import type { Lang } from './types';

const CAPITAL = /^\p{Lu}/u;

export function joinedToSurname(
  text: string,
  tokens: readonly Token[],
  at: number,
  surname: string,
  lang: Lang,
): boolean {
  const plain = (a: Token | undefined, b: Token | undefined) =>
    !!a && !!b && isPlainGap(text.slice(a.end, b.start));
  const word = (t: Token | undefined) =>
    t && CAPITAL.test(t.text) ? nominativeSurname(t.text, lang) : undefined;
  const [a1, a2, b1, b2] = [tokens[at + 1], tokens[at + 2], tokens[at - 1], tokens[at - 2]];
  const self = tokens[at];
  return isJoinedToSurname(
    surname,
    plain(self, a1) && plain(a1, a2) ? a1?.text : undefined,
    word(a2),
    plain(b1, self) && plain(b2, b1) ? b1?.text : undefined,
    word(b2),
  );
}
