import type { Hit } from './types';

/**
 * Words with their offsets. A token is a run of letters/digits, joined across inner hyphens,
 * apostrophes and decimal separators (`іс-шара`, `399-ға`, `1,5`, `Қасым-Жомарт`), so later stages
 * can look at neighbouring words without re-scanning the text.
 */
export type Token = Hit;

// Bounded runs: no real word is 200 letters long, and an unbounded \p{L}+ over a megabyte-long
// "word" overflows the regexp engine's stack (a pathological file must not break extraction).
const TOKEN = /[\p{L}\p{N}]{1,200}(?:(?:[-‐'’]|[.,](?=\p{N}))[\p{L}\p{N}]{1,200}){0,20}|%/gu;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const start = m.index ?? 0;
    tokens.push({ start, end: start + m[0].length, text: m[0] });
  }
  return tokens;
}

/** The characters between two tokens (punctuation and spaces), used to detect clause breaks. */
export function gapBetween(text: string, left: Token, right: Token): string {
  return text.slice(left.end, right.start);
}

/** True when the gap holds nothing but spaces (or nothing: `55%`), no punctuation or line break. */
export function isPlainGap(gap: string): boolean {
  return /^[ \t\u00a0]*$/u.test(gap);
}
