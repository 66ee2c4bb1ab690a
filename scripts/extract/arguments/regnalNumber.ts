import { KK_NUMBERED_NOUN } from '../locales/kk/lexicon/numberedNouns';
import { RU_NUMBERED_NOUN } from '../locales/ru/lexicon/numberedNouns';
import { isPlainGap, type Token } from './tokenize';
import type { Lang } from './types';

/**
 * A monarch's regnal number, in Latin letters or the Cyrillic ones news type for them (`Абдалла
 * II`, `Карл ІІІ`); Kazakh puts the name's case after it, past a hyphen (`Абдалла II-ні`,
 * `Карл ІІІ-мен`).
 */
const REGNAL = /^([IVXІХ]{1,5})(?:-\p{Ll}+)?$/u;
const NAME_WORD = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u;

/** Nouns a numeral before them counts (`II степени`, `ІІ дәрежелі`): no monarch's number. */
const NUMBERED: Record<Lang, RegExp> = {
  kk: KK_NUMBERED_NOUN,
  ru: RU_NUMBERED_NOUN,
};

/** Whether token `k` is a regnal number closing the name whose word stands right before it. */
export function isRegnalNumber(
  text: string,
  tokens: readonly Token[],
  k: number,
  lang: Lang,
): boolean {
  const number = tokens[k];
  const before = tokens[k - 1];
  if (!number || !before || !REGNAL.test(number.text) || !NAME_WORD.test(before.text)) return false;
  if (NUMBERED[lang].test(tokens[k + 1]?.text ?? '')) return false;
  return isPlainGap(text.slice(before.end, number.start)) && text[before.end] === ' ';
}

/**
 * A name whose last word may be a regnal number: the number stays as written, its case dropped
 * (`II-ні` → `II`), and the words before it go to `nominative` with it in the last place, so that
 * they are read as given names, as a monarch's are (`Абдаллу II` → `Абдалла II`; alone, a word in
 * -а would be read as an indeclinable surname).
 */
export function regnalName(
  words: readonly string[],
  nominative: (words: readonly string[]) => string[],
): string[] {
  const number = REGNAL.exec(words.at(-1) ?? '')?.[1];
  if (number === undefined || words.length < 2) return nominative(words);
  return [...nominative([...words.slice(0, -1), number]).slice(0, -1), number];
}

/** Whether a name's written words end in a regnal number: a monarch, a person. */
export const endsRegnal = (words: readonly string[]) => REGNAL.test(words.at(-1) ?? '');
