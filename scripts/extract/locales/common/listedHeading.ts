import type { Token } from '../../dates/tokenize';

/**
 * A month and its year parted by a comma ("Маусым, 2022", "2022 жыл, маусым", "Июнь, 2022", "2022
 * год, июнь") are two nominatives a heading lists, not one phrase of a sentence: they are one date
 * only when they are the whole sentence, as a chronicle or a digest heads its entries with them
 * (stages/dateHeading.ts). Inside a sentence the comma parts a list ("қаңтар, 2022 жылғы ақпан").
 * True when nothing but a sentence's end stands before `from` and after `to`.
 */
export function isWholeSentence(tokens: readonly Token[], from: number, to: number): boolean {
  const before = tokens[from - 1];
  const after = tokens[to];
  return (
    (before === undefined || /^[.!?:;]$/u.test(before.text)) &&
    (after === undefined || (/^[.:]$/u.test(after.text) && tokens[to + 1]?.kind !== 'number'))
  );
}
