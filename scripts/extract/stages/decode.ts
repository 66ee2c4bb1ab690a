/**
 * Stage 1 — decode: bytes → NFC text. UTF-8 (with or without BOM), UTF-16 (with or without BOM)
 * and the single-byte Cyrillic encodings (Windows-1251, KOI8-R, CP866, ISO-8859-5) when the text
 * reads clearly as one of them. Anything else is an error naming the file and what it looks like:
 * binary, UTF-8 cut mid-character, UTF-8 mixed with Windows-1251, or no known encoding. Never a
 * silent guess: a wrong guess loses the article's events without a word.
 * Line endings are kept as they are, so that evidence offsets point into the file's own text.
 */
import { ExtractError } from '../errors';
import { readSingleByte, type SingleByte } from './guessSingleByte';

export interface Decoded {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | SingleByte;
}

/** A single-byte reading is taken only when it reads as Russian this well… */
const MIN_SCORE = 0.4;
/** …and this many times better than the next reading. */
const MIN_MARGIN = 3;

export function decode(file: string, bytes: Uint8Array): Decoded {
  if (bytes.length === 0) throw new ExtractError(file, 'the file is empty');
  const { text, encoding } = decodeBytes(file, bytes);
  return { text: checkText(file, text, encoding), encoding };
}

/**
 * The checks after decoding, also for text that arrives as a string (a paste in the browser):
 * NFC, not empty, not whitespace only, not binary.
 */
export function checkText(file: string, text: string, encoding = 'utf-8'): string {
  const normal = text.normalize('NFC');
  if (normal.length === 0) throw new ExtractError(file, 'the file is empty');
  if (normal.trim().length === 0) throw new ExtractError(file, 'the file holds only whitespace');
  if (controlRatio(normal) > 0.01) {
    throw new ExtractError(
      file,
      `the file looks binary (control characters after decoding as ${encoding})`,
    );
  }
  return normal;
}

/** UTF-16 with the WHATWG decoder (no Buffer, no iconv): the same code runs in a browser. */
function utf16(b: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): string {
  return new TextDecoder(encoding, { ignoreBOM: true }).decode(b);
}

function decodeBytes(file: string, b: Uint8Array): Decoded {
  const bom = b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf;
  if (b[0] === 0xff && b[1] === 0xfe)
    return { text: utf16(b.subarray(2), 'utf-16le'), encoding: 'utf-16le' };
  if (b[0] === 0xfe && b[1] === 0xff)
    return { text: utf16(b.subarray(2), 'utf-16be'), encoding: 'utf-16be' };
  const sniffed = sniffUtf16(b);
  if (sniffed) return { text: utf16(b, sniffed), encoding: sniffed };
  if (b.includes(0)) throw new ExtractError(file, 'the file looks binary (it contains NUL bytes)');
  const utf8Error = whyNotUtf8(bom ? b.subarray(3) : b);
  if (utf8Error === null) return utf8(file, bom ? b.subarray(3) : b);
  if (utf8Error.truncated) {
    throw new ExtractError(
      file,
      'the file ends in the middle of a UTF-8 character: it looks cut short (truncated UTF-8); copy it again',
    );
  }
  // Pure Windows-1251 forms a valid Cyrillic UTF-8 pair only by accident (Р» in «…Р»).
  if (bom || (utf8Error.cyrillicPairs >= 8 && utf8Error.cyrillicPairs >= utf8Error.badBytes / 20)) {
    throw new ExtractError(
      file,
      `the file mixes UTF-8 with another encoding (probably Windows-1251; first invalid byte at offset ${utf8Error.at}); save it again as UTF-8`,
    );
  }
  const [best, next] = readSingleByte(b);
  if (best && best.score >= MIN_SCORE && best.score >= (next?.score ?? 0) * MIN_MARGIN) {
    return { text: best.text, encoding: best.encoding };
  }
  throw new ExtractError(
    file,
    `the text is not UTF-8 (invalid byte at offset ${utf8Error.at}) and does not read as Windows-1251, KOI8-R, CP866 or ISO-8859-5; save it as UTF-8`,
  );
}

interface Utf8Error {
  /** Byte offset of the first invalid sequence. */
  at: number;
  /** Valid until an incomplete character at the very end. */
  truncated: boolean;
  /** Well-formed two-byte Cyrillic characters (lead 0xD0–0xD3) seen anyway. */
  cyrillicPairs: number;
  /** Bytes that belong to no well-formed sequence. */
  badBytes: number;
}

/** Null when `b` is well-formed UTF-8, else where and how it is not. */
function whyNotUtf8(b: Uint8Array): Utf8Error | null {
  let at = -1;
  let cyrillicPairs = 0;
  let badBytes = 0;
  let truncated = false;
  for (let i = 0; i < b.length;) {
    const c = b[i]!;
    const need =
      c < 0x80
        ? 0
        : c >= 0xc2 && c <= 0xdf
          ? 1
          : c >= 0xe0 && c <= 0xef
            ? 2
            : c >= 0xf0 && c <= 0xf4
              ? 3
              : -1;
    let ok = need >= 0;
    let j = 1;
    for (; ok && j <= need; j++) {
      if (i + j >= b.length) {
        truncated = at === -1 && badBytes === 0;
        ok = false;
      } else if ((b[i + j]! & 0xc0) !== 0x80) ok = false;
    }
    if (ok) {
      if (need === 1 && c >= 0xd0 && c <= 0xd3) cyrillicPairs++;
      i += need + 1;
      continue;
    }
    if (at === -1) at = i;
    badBytes++;
    i++;
  }
  if (at === -1) return null;
  return {
    at,
    truncated: truncated && badBytes <= 3 && b.length - at <= 3,
    cyrillicPairs,
    badBytes,
  };
}

function utf8(file: string, b: Uint8Array): Decoded {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(b), encoding: 'utf-8' };
  } catch {
    // Well-formed by whyNotUtf8 but not by the standard (an encoded surrogate or overlong form).
    throw new ExtractError(
      file,
      'the file is not valid UTF-8 (encoded surrogates or overlong forms)',
    );
  }
}

/** UTF-16 without a BOM shows up as a NUL in every other byte of ASCII-range text. */
function sniffUtf16(b: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(b.length - (b.length % 2), 4096);
  if (n < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i] === 0) evenZero++;
    if (b[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  // Cyrillic UTF-16 has 0x04 as its high byte, so also accept a high byte that is constant and small.
  if (oddZero > pairs * 0.3 && evenZero < pairs * 0.05) return 'utf-16le';
  if (evenZero > pairs * 0.3 && oddZero < pairs * 0.05) return 'utf-16be';
  let oddFour = 0;
  let evenFour = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i + 1] === 0x04 || b[i + 1] === 0) oddFour++;
    if (b[i] === 0x04 || b[i] === 0) evenFour++;
  }
  if (oddFour > pairs * 0.9 && evenFour < pairs * 0.5) return 'utf-16le';
  if (evenFour > pairs * 0.9 && oddFour < pairs * 0.5) return 'utf-16be';
  return null;
}

function controlRatio(text: string): number {
  let bad = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd) bad++;
  }
  return bad / text.length;
}
