/**
 * The tokenizer's first pass: token boundaries and kinds in typed arrays, one loop over char
 * codes and no object per token. Long texts are mostly words no date can touch, so token
 * objects are built later only where a date may be (see findRegions). Same tokens as the
 * regex /(\p{N}{1,64})|([\p{L}\p{M}]{1,256})|([-‐‑‒–—])|[^\s\p{L}\p{N}\p{M}]/gu would give.
 */
export const NUMBER = 1;
export const WORD = 2;
export const DASH = 3;
const SPACE = 4;
export const PUNCT = 5;

export interface TokenTable {
  count: number;
  start: Int32Array;
  end: Int32Array;
  kind: Uint8Array;
}

/** Class of each BMP code unit, filled on first sight (0 = not yet known). */
const BMP = new Uint8Array(65536);
const ASTRAL = new Map<number, number>();

function classify(cp: number): number {
  const ch = String.fromCodePoint(cp);
  if (/\p{N}/u.test(ch)) return NUMBER;
  if (/[\p{L}\p{M}]/u.test(ch)) return WORD;
  if (/[-‐‑‒–—]/u.test(ch)) return DASH;
  return /\s/u.test(ch) ? SPACE : PUNCT;
}

/** Width in code units of the code point classified last (1, or 2 for a surrogate pair). */
let width = 1;

function classAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) {
    width = 1;
    // A lone low surrogate is a code point of its own; the regex reads it as punctuation.
    if (c >= 0xdc00 && c <= 0xdfff) return PUNCT;
    return BMP[c] || (BMP[c] = classify(c));
  }
  const d = text.charCodeAt(i + 1);
  if (!(d >= 0xdc00 && d <= 0xdfff)) {
    width = 1;
    return PUNCT;
  }
  width = 2;
  const cp = (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
  let k = ASTRAL.get(cp);
  if (k === undefined) ASTRAL.set(cp, (k = classify(cp)));
  return k;
}

/** Buffers reused across calls: allocating typed arrays per paragraph cost more than scanning. */
let shared: TokenTable = {
  count: 0,
  start: new Int32Array(1024),
  end: new Int32Array(1024),
  kind: new Uint8Array(1024),
};

/**
 * The returned table is overwritten by the next call: read it before scanning another text.
 * @example scanTokens('2020-сыншы').count // 3 (number, dash, word)
 */
export function scanTokens(text: string): TokenTable {
  let { start, end, kind } = shared;
  let cap = start.length;
  let count = 0;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const cls = classAt(text, i);
    let j = i + width;
    if (cls === SPACE) {
      i = j;
      continue;
    }
    if (cls === NUMBER || cls === WORD) {
      // Bounded runs, as in the regex: a 5 MB word becomes glued pieces.
      const max = cls === NUMBER ? 64 : 256;
      for (let len = 1; j < n && len < max; len++) {
        if (classAt(text, j) !== cls) break;
        j += width;
      }
    }
    if (count === cap) {
      cap *= 2;
      start = grow(start, cap);
      end = grow(end, cap);
      const k = new Uint8Array(cap);
      k.set(kind);
      kind = k;
    }
    start[count] = i;
    end[count] = j;
    kind[count] = cls;
    count += 1;
    i = j;
  }
  // Keep big buffers only while they are modest, so one 5 MB text does not pin 45 MB.
  shared = cap <= 1 << 20 ? { count, start, end, kind } : { ...shared, count: 0 };
  return { count, start, end, kind };
}

function grow(a: Int32Array, cap: number): Int32Array {
  const b = new Int32Array(cap);
  b.set(a);
  return b;
}
