/** Canonical Roman numerals up to 39, the range centuries need ("XIX", "XXI"). */
const ROMAN = /^(?:x{0,3})(?:ix|iv|v?i{0,3})$/u;
const VALUE: Record<string, number> = { i: 1, v: 5, x: 10 };

/**
 * The value of a lower-cased Roman numeral written for a century, or undefined. Cyrillic "х"
 * and Kazakh/Ukrainian "і" stand in for Latin x and i in Kazakh and Russian typing ("ХХІ").
 * @example readRoman('xxi') // 21
 * @example readRoman('хх') // 20 (Cyrillic)
 */
export function readRoman(low: string): number | undefined {
  const s = low.replace(/[хі]/gu, (c) => (c === 'х' ? 'x' : 'i'));
  if (s === '' || !ROMAN.test(s)) return undefined;
  let total = 0;
  for (let k = 0; k < s.length; k++) {
    const v = VALUE[s[k]!]!;
    const next = VALUE[s[k + 1] ?? ''] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}
