/**
 * Stage 1 — decode: bytes → NFC text. UTF-8 (with or without BOM), UTF-16 (with or without BOM)
 * and Windows-1251 are accepted; binary or undecodable bytes are an error naming the file.
 * Line endings are kept as they are, so that evidence offsets point into the file's own text.
 */
import iconv from 'iconv-lite';
import { ExtractError } from '../errors';

export interface Decoded {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1251';
}

export function decode(file: string, bytes: Uint8Array): Decoded {
  if (bytes.length === 0) throw new ExtractError(file, 'the file is empty');
  const { text, encoding } = decodeBytes(file, bytes);
  const normal = text.normalize('NFC');
  if (normal.trim().length === 0) throw new ExtractError(file, 'the file holds only whitespace');
  if (controlRatio(normal) > 0.01) {
    throw new ExtractError(
      file,
      `the file looks binary (control characters after decoding as ${encoding})`,
    );
  }
  return { text: normal, encoding };
}

function decodeBytes(file: string, b: Uint8Array): Decoded {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return utf8(file, b.subarray(3));
  if (b[0] === 0xff && b[1] === 0xfe)
    return { text: iconv.decode(Buffer.from(b.subarray(2)), 'utf-16le'), encoding: 'utf-16le' };
  if (b[0] === 0xfe && b[1] === 0xff)
    return { text: iconv.decode(Buffer.from(b.subarray(2)), 'utf-16be'), encoding: 'utf-16be' };
  const utf16 = sniffUtf16(b);
  if (utf16) return { text: iconv.decode(Buffer.from(b), utf16), encoding: utf16 };
  if (b.includes(0)) throw new ExtractError(file, 'the file looks binary (it contains NUL bytes)');
  try {
    return utf8(file, b);
  } catch {
    // Not UTF-8: the only single-byte Cyrillic encoding Kazakh and Russian sites still serve is
    // Windows-1251 (which lacks Kazakh letters, so such files are Russian in practice).
    const text = iconv.decode(Buffer.from(b), 'windows-1251');
    if (cyrillicShare(text) < 0.3) {
      throw new ExtractError(file, 'the text is neither UTF-8, UTF-16 nor Windows-1251');
    }
    return { text, encoding: 'windows-1251' };
  }
}

function utf8(_file: string, b: Uint8Array): Decoded {
  return { text: new TextDecoder('utf-8', { fatal: true }).decode(b), encoding: 'utf-8' };
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

function cyrillicShare(text: string): number {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  const cyr = text.match(/\p{Script=Cyrillic}/gu)?.length ?? 0;
  return letters === 0 ? 0 : cyr / letters;
}
