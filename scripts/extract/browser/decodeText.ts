/**
 * Stage 1 for the browser shell: bytes → NFC text with the platform's TextDecoder (UTF-8 with or
 * without BOM, UTF-16 with BOM or sniffed, Windows-1251), with the same refusals as the Node
 * shell's stages/decode.ts (empty, whitespace only, binary). Kept beside it, not shared, because
 * decode.ts relies on iconv-lite and Buffer, which a browser does not have.
 */
import { ExtractError } from '../errors';

type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1251';

export function decodeText(file: string, bytes: Uint8Array): string {
  if (bytes.length === 0) throw new ExtractError(file, 'the file is empty');
  const [text, encoding] = decodeBytes(file, bytes);
  return checkText(file, text.normalize('NFC'), encoding);
}

/** The checks decode.ts makes after decoding, for text that arrives already as a string (a paste). */
export function checkText(file: string, text: string, encoding: Encoding = 'utf-8'): string {
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

function decodeBytes(file: string, b: Uint8Array): [string, Encoding] {
  const as = (enc: Encoding, bytes: Uint8Array, fatal = false): [string, Encoding] => [
    new TextDecoder(enc, { fatal, ignoreBOM: true }).decode(bytes),
    enc,
  ];
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return as('utf-8', b.subarray(3), true);
  if (b[0] === 0xff && b[1] === 0xfe) return as('utf-16le', b.subarray(2));
  if (b[0] === 0xfe && b[1] === 0xff) return as('utf-16be', b.subarray(2));
  const utf16 = sniffUtf16(b);
  if (utf16) return as(utf16, b);
  if (b.includes(0)) throw new ExtractError(file, 'the file looks binary (it contains NUL bytes)');
  try {
    return as('utf-8', b, true);
  } catch {
    const [text] = as('windows-1251', b);
    if (cyrillicShare(text) < 0.3) {
      throw new ExtractError(file, 'the text is neither UTF-8, UTF-16 nor Windows-1251');
    }
    return [text, 'windows-1251'];
  }
}

/** UTF-16 without a BOM: a NUL (or Cyrillic's 0x04) in every other byte. */
function sniffUtf16(b: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(b.length - (b.length % 2), 4096);
  if (n < 4) return null;
  const pairs = n / 2;
  const count = (pick: (even: number, odd: number) => boolean) => {
    let c = 0;
    for (let i = 0; i < n; i += 2) if (pick(b[i]!, b[i + 1]!)) c++;
    return c;
  };
  const evenZero = count((e) => e === 0);
  const oddZero = count((_, o) => o === 0);
  if (oddZero > pairs * 0.3 && evenZero < pairs * 0.05) return 'utf-16le';
  if (evenZero > pairs * 0.3 && oddZero < pairs * 0.05) return 'utf-16be';
  const oddFour = count((_, o) => o === 0x04 || o === 0);
  const evenFour = count((e) => e === 0x04 || e === 0);
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
