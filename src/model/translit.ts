/**
 * Kazakh Cyrillic → Kazakh Latin (the official alphabet of 2021, Presidential decree).
 * Used for the 'kk-latn' display language: the data stays Cyrillic, only the view changes.
 */

// prettier-ignore
const LOWER: Readonly<Record<string, string>> = {
  а: 'a', ә: 'ä', б: 'b', в: 'v', г: 'g', ғ: 'ğ', д: 'd', е: 'e', ё: 'io', ж: 'j',
  з: 'z', и: 'i', й: 'i', к: 'k', қ: 'q', л: 'l', м: 'm', н: 'n', ң: 'ñ', о: 'o',
  ө: 'ö', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ұ: 'ū', ү: 'ü', ф: 'f', х: 'h',
  һ: 'h', ц: 'ts', ч: 'ch', ш: 'ş', щ: 'şş', ъ: '', ы: 'y', і: 'ı', ь: '', э: 'e',
  ю: 'iu', я: 'ia',
};

const CYRILLIC = /[\u0400-\u04FF]/u;

/** Upper-case a Latin replacement the way the surrounding word is cased ("Ш" → "Ş", "ШЫ" → "ŞY"). */
function caseLike(latin: string, upper: boolean, wholeWordUpper: boolean): string {
  if (!upper || latin === '') return latin;
  if (wholeWordUpper || latin.length === 1) return latin.toUpperCase();
  // Digraphs at the start of a capitalised word: "Юрий" → "Iurii", not "IUrii".
  return latin.charAt(0).toUpperCase() + latin.slice(1);
}

function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase();
}

/**
 * Transliterate Kazakh Cyrillic text to the 2021 Kazakh Latin alphabet; non-Cyrillic characters pass through.
 * @example toKazakhLatin('Қасым-Жомарт Тоқаев') // 'Qasym-Jomart Toqaev'
 */
export function toKazakhLatin(text: string): string {
  if (!CYRILLIC.test(text)) return text;
  const chars = Array.from(text.normalize('NFC'));
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i] as string;
    const lower = ch.toLowerCase();
    const latin = LOWER[lower];
    if (latin === undefined) {
      out += ch;
      continue;
    }
    const upper = isUpper(ch);
    // A digraph in an all-caps word ("ШЫМКЕНТ") stays all caps; decide from the neighbours.
    const prev = chars[i - 1] ?? '';
    const next = chars[i + 1] ?? '';
    const wordUpper =
      upper && ((LOWER[next.toLowerCase()] !== undefined && isUpper(next)) || isUpper(prev));
    out += caseLike(latin, upper, wordUpper);
  }
  return out;
}
