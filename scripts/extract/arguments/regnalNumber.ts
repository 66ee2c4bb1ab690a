import { isPlainGap, type Token } from './tokenize';

/**
 * A monarch's regnal number, in Latin letters or the Cyrillic ones news type for them (`Абдалла
 * II`, `Карл ІІІ`); Kazakh puts the name's case after it, past a hyphen (`Абдалла II-ні`,
 * `Карл ІІІ-мен`).
 */
const REGNAL = /^([IVXІХ]{1,5})(?:-\p{Ll}+)?$/u;
const NAME_WORD = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u;

/** Whether token `k` is a regnal number closing the name whose word stands right before it. */
export function isRegnalNumber(text: string, tokens: readonly Token[], k: number): boolean {
  const number = tokens[k];
  const before = tokens[k - 1];
  if (!number || !before || !REGNAL.test(number.text) || !NAME_WORD.test(before.text)) return false;
  return isPlainGap(text.slice(before.end, number.start)) && text[before.end] === ' ';
}

/**
 * A name whose last word may be a regnal number: the number stays as written, its case dropped
 * (`II-ні` → `II`), and the words before it go to `nominative` (the case is on the number).
 */
export function regnalName(
  words: readonly string[],
  nominative: (words: readonly string[]) => string[],
): string[] {
  const number = REGNAL.exec(words.at(-1) ?? '')?.[1];
  if (number === undefined || words.length < 2) return nominative(words);
  return [...nominative(words.slice(0, -1)), number];
}

/** Whether a name's written words end in a regnal number: a monarch, a person. */
export const endsRegnal = (words: readonly string[]) => REGNAL.test(words.at(-1) ?? '');
