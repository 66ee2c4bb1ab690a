import { NOT_AFTER_WORD, escapeRegExp } from './boundaries';
import { isInflectionTail } from './suffixChain';
import type { Hit, Lang } from './types';

/**
 * Lexicon forms → hits. A form is literal text where a space means any whitespace and `~` a short
 * inflected ending inside the phrase, `"` an optional quotation mark; the final word may carry an inflection tail, accepted only
 * when `isInflectionTail` says it is a real case/possessive chain.
 */
export interface CompiledForm<T> {
  regex: RegExp;
  payload: T;
  /** Forms written with a capital demand one in the text, whatever the case of the rest. */
  capital: boolean;
  /**
   * The form's longest literal piece in lower case: a text that does not contain it cannot match,
   * so the form's regex is not run over it (a gazetteer of a hundred places stays cheap on a long
   * paragraph).
   */
  needle: string;
}

/**
 * A form's words as a pattern, with no boundary or tail: the lexicon's own reading of a form,
 * shared by the cues that name one of its bodies (locales/kk/lexicon/courts.ts).
 */
export const formPattern = (form: string): string =>
  form
    .split(' ')
    .map((word) =>
      word
        .split('~')
        .map((part) => part.split('"').map(escapeRegExp).join('[«»"“”„]?'))
        .join('\\p{L}{0,6}'),
    )
    .join('[\\s\\u00a0]+');

/**
 * Matching ignores case so that uppercase captions (`ҚАЗАҚСТАН`) are found too, but a form
 * written with a capital (`Орал`) never matches a lowercase word (`орал-`).
 */
export function compileForm<T>(form: string, payload: T): CompiledForm<T> {
  const body = formPattern(form);
  // The tail is greedy over letters only, so each start position is scanned once: linear time.
  const regex = new RegExp(`${NOT_AFTER_WORD}(?:${body})(\\p{L}*)`, 'giu');
  const needle = form
    .split(/[ ~"]/u)
    .reduce((a, b) => (b.length > a.length ? b : a), '')
    .toLowerCase();
  return { regex, payload, capital: isUpper(form.charAt(0)), needle };
}

export function matchForms<T>(
  text: string,
  lang: Lang,
  forms: readonly CompiledForm<T>[],
): Array<Hit & { payload: T }> {
  const hits: Array<Hit & { payload: T }> = [];
  const { lower, pairs } = lowerCase(text);
  for (const { regex, payload, capital, needle } of forms) {
    if (!hasPairs(pairs, needle) || !lower.includes(needle)) continue;
    regex.lastIndex = 0;
    for (const m of text.matchAll(regex)) {
      const start = m.index ?? 0;
      if (capital && !isUpper(m[0].charAt(0))) continue;
      if (!isInflectionTail(m[1] ?? '', lang)) continue;
      hits.push({ start, end: start + m[0].length, text: m[0], payload });
    }
  }
  return hits;
}

/**
 * The text in lower case and the set of its adjacent letter pairs, kept for the next call: places
 * and organisations read the same text. A needle with a pair the text lacks cannot be in it; the
 * check costs the needle's length, where `includes` costs the text's (on 5 MB of one repeated
 * letter, hundreds of needles each scanned the whole text).
 */
let last: { text: string; lower: string; pairs: Set<number> } | undefined;
function lowerCase(text: string): { lower: string; pairs: Set<number> } {
  if (last?.text !== text) {
    const lower = text.toLowerCase();
    const pairs = new Set<number>();
    for (let i = 1; i < lower.length; i++)
      pairs.add((lower.charCodeAt(i - 1) << 16) | lower.charCodeAt(i));
    last = { text, lower, pairs };
  }
  return last;
}

function hasPairs(pairs: Set<number>, needle: string): boolean {
  for (let i = 1; i < needle.length; i++)
    if (!pairs.has((needle.charCodeAt(i - 1) << 16) | needle.charCodeAt(i))) return false;
  return true;
}

function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase();
}

/** Keep the longest of overlapping hits (`Батыс Қазақстан облысы` beats `Қазақстан`), sorted by start. */
export function longestFirst<T extends Hit>(hits: readonly T[]): T[] {
  const sorted = [...hits].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  // A map of the characters already taken: each check and claim costs the hit's own length, so a
  // long paragraph with thousands of hits stays linear (comparing with every kept hit was not).
  const end = hits.reduce((m, h) => Math.max(m, h.end), 0);
  const taken = new Uint8Array(end);
  const kept: T[] = [];
  for (const hit of sorted) {
    if (taken.subarray(hit.start, hit.end).includes(1)) continue;
    taken.fill(1, hit.start, hit.end);
    kept.push(hit);
  }
  return kept.sort((a, b) => a.start - b.start);
}
