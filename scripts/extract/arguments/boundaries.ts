/**
 * Unicode word boundaries. JS `\b` only knows ASCII letters, so Cyrillic words need these instead.
 */

/** Lookbehind fragment: the position is not preceded by a word character. */
export const NOT_AFTER_WORD = '(?<![\\p{L}\\p{N}_])';
/** Lookahead fragment: the position is not followed by a word character. */
export const NOT_BEFORE_WORD = '(?![\\p{L}\\p{N}_])';

const WORD_CHAR = /[\p{L}\p{N}_]/u;
const UPPER = /^\p{Lu}/u;

/** True when the character at `index` is a letter, digit or underscore (false outside the string). */
export function isWordChar(text: string, index: number): boolean {
  if (index < 0 || index >= text.length) return false;
  const code = text.charCodeAt(index);
  // A lone surrogate half still belongs to a word when the full code point is a letter.
  if (code >= 0xd800 && code <= 0xdfff) {
    const start = code >= 0xdc00 && index > 0 ? index - 1 : index;
    const cp = text.codePointAt(start);
    return cp !== undefined && WORD_CHAR.test(String.fromCodePoint(cp));
  }
  return WORD_CHAR.test(text[index] ?? '');
}

/** True when `word` starts with an uppercase letter. */
export function isCapitalised(word: string): boolean {
  return UPPER.test(word);
}

/** Escape a literal for use inside a RegExp source. */
export function escapeRegExp(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
