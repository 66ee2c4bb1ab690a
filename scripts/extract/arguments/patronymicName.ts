import type { PersonNameGrammar } from './personNameGrammar';
import type { Token } from './tokenize';

/**
 * Where a name with a patronymic ends a run of capitalised words `first`..`last`: the patronymic
 * in the middle (`Қасым-Жомарт Кемелұлы Тоқаев`, `Ивана Ивановича Иванова`) or, where the language
 * writes it so, last after the surname and the given name (`Иванов Иван Иванович`). Such a name
 * has three words; a word before them opens the sentence (`Назначить Иванова Ивана Ивановича`).
 * Undefined when the run holds no such name.
 */
export function patronymicNameStart(
  tokens: readonly Token[],
  first: number,
  last: number,
  grammar: PersonNameGrammar,
): number | undefined {
  if (last - first < 2) return undefined;
  if (grammar.patronymic.test(tokens[last - 1]?.text ?? '')) return last - 2;
  const words = tokens.slice(last - 2, last + 1).map((t) => t.text);
  return grammar.surnameFirst?.(words) === true ? last - 2 : undefined;
}
