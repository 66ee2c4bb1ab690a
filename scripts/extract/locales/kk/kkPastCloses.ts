/**
 * A Kazakh clause closed by a past verb of the third person: the lone word before it is the
 * verb's subject (arguments/findPersons.ts, `Путин Астанаға келді`).
 */
import type { Token } from '../../arguments/tokenize';

/** A Kazakh verb in the past of the third person: `келді`, `барды`, `өтті`, `айтты`. */
const KK_PAST = /^\p{Ll}{2,}(?:ды|ді|ты|ті)$/u;

/** Where a clause ends: a full stop, a question or an exclamation mark, a comma or a semicolon. */
const CLAUSE_END = /^[^\p{L}\p{N}]*[.!?,;]/u;

/**
 * Whether the clause after token `last` closes, within four words, with a Kazakh past verb
 * (`Путин Астанаға келді.`): the word before it is the verb's subject. (Sentence-final, so not an
 * accusative in -ды/-ді, which stands before its verb.)
 */
export function kkPastCloses(text: string, tokens: readonly Token[], last: number): boolean {
  const at = tokens[last];
  if (!at || CLAUSE_END.test(text.slice(at.end, tokens[last + 1]?.start ?? text.length)))
    return false;
  for (let k = last + 1; k <= last + 4 && k < tokens.length; k++) {
    const t = tokens[k]!;
    const gap = text.slice(t.end, tokens[k + 1]?.start ?? text.length);
    if (k === tokens.length - 1 || CLAUSE_END.test(gap)) return KK_PAST.test(t.text);
  }
  return false;
}
