/**
 * Which single-byte Cyrillic encoding a non-UTF-8 file is in, judged by how Russian the decoded
 * text reads: letters where the high bytes are, mostly lower case (running text), and the common
 * letter pairs of Russian. Each wrong reading fails at least one: KOI8-R read as Windows-1251 is
 * nearly all capitals, CP866 read as Windows-1251 is full of symbols, random bytes have no common pairs.
 */
export const SINGLE_BYTE = ['windows-1251', 'koi8-r', 'cp866', 'iso-8859-5'] as const;
export type SingleByte = (typeof SINGLE_BYTE)[number];

/** The most frequent letter pairs of Russian prose (together about a third of all pairs). */
// prettier-ignore
const COMMON_PAIRS = new Set([
  'ст', 'но', 'то', 'на', 'ен', 'ов', 'ни', 'ра', 'во', 'ко', 'ал', 'ро', 'по', 'ре', 'пр',
  'ер', 'ос', 'ли', 'ет', 'ан', 'ор', 'ка', 'ог', 'не', 'ол', 'та', 'ла', 'ва', 'ел', 'ат',
  'ве', 'ин', 'об', 'де', 'ть', 'ит', 'ом', 'ны', 'ис', 'го', 'ий', 'ое', 'ск', 'ти', 'ле',
]);

export interface Reading {
  encoding: SingleByte;
  text: string;
  /** 0–1: letters per high byte × lower-case share × share of common pairs. */
  score: number;
}

/** Every candidate reading of `bytes`, best first. */
export function readSingleByte(bytes: Uint8Array): Reading[] {
  return SINGLE_BYTE.map((encoding) => {
    // The WHATWG decoders (Node and every browser have them): one decode for both shells.
    const text = new TextDecoder(encoding).decode(bytes);
    return { encoding, text, score: scoreRussian(text) };
  }).sort((a, b) => b.score - a.score);
}

function scoreRussian(text: string): number {
  let high = 0;
  let letters = 0;
  let lower = 0;
  let pairs = 0;
  let common = 0;
  let prev = '';
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) {
      prev = '';
      continue;
    }
    high++;
    const cyrillic = code >= 0x400 && code <= 0x4ff && /\p{L}/u.test(ch);
    if (!cyrillic) {
      prev = '';
      continue;
    }
    letters++;
    const low = ch.toLowerCase();
    if (low === ch) lower++;
    if (prev !== '') {
      pairs++;
      if (COMMON_PAIRS.has(prev + low)) common++;
    }
    prev = low;
  }
  if (high === 0 || pairs === 0) return 0;
  return (letters / high) * (lower / letters) * Math.min(1, (common / pairs) * 3);
}
