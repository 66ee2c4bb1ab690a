import type { TokenMatch } from '../../dates/tagger';
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

/**
 * A year of four digits that is its whole sentence ("2022", "2022."): a chronicle's or a digest's
 * year heading over its entries (stages/dateHeading.ts reads such a line as a date line). Inside
 * a sentence a bare number is a count, a sum or a code; only the heading's line makes it a year.
 */
export function bareYearHeadingAt(tokens: readonly Token[], i: number): TokenMatch | null {
  const t = tokens[i];
  if (t?.kind !== 'number' || t.text.length !== 4 || t.glued) return null;
  const year = Number(t.text);
  if (year < 1000 || year > 2100 || !isWholeSentence(tokens, i, i + 1)) return null;
  return { from: i, to: i + 1, reading: { kind: 'cal', parts: { year } } };
}
