/**
 * A small Kazakh/Russian word normaliser for search: not a full morphological analyser,
 * just enough that "Тоқаевтың" and "Тоқаев", "Астанада" and "Астана" meet.
 */

// Longest first, so "дағы" is tried before "да". Kazakh case, possessive and plural endings,
// then common Russian noun/adjective endings.
// prettier-ignore
const SUFFIXES: readonly string[] = [
  'дағы', 'дегі', 'тағы', 'тегі', 'ндағы', 'ндегі',
  'ларының', 'лерінің', 'дарының', 'дерінің', 'тарының', 'терінің',
  'ның', 'нің', 'дың', 'дің', 'тың', 'тің',
  'нан', 'нен', 'дан', 'ден', 'тан', 'тен',
  'нда', 'нде', 'ға', 'ге', 'қа', 'ке', 'на', 'не',
  'ны', 'ні', 'ды', 'ді', 'ты', 'ті',
  'да', 'де', 'та', 'те', 'мен', 'бен', 'пен',
  'лар', 'лер', 'дар', 'дер', 'тар', 'тер',
  'сы', 'сі', 'ы', 'і', 'а', 'е',
  'ого', 'его', 'ому', 'ему', 'ыми', 'ими', 'ами', 'ями', 'ах', 'ях',
  'ой', 'ей', 'ом', 'ем', 'ым', 'им', 'ых', 'их', 'ая', 'яя', 'ую', 'ою',
  'у', 'ю', 'я', 'и',
];
const SORTED = [...SUFFIXES].sort((a, b) => b.length - a.length);

/** Stems shorter than this are left alone: stripping "ой" from "той" would find everything. */
const MIN_STEM = 4;

/** Lower-case, NFC, ё → е, and drop everything that is not a letter or digit at the ends. */
export function foldWord(word: string): string {
  return word
    .normalize('NFC')
    .toLowerCase()
    .replace(/ё/gu, 'е')
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

/**
 * Fold a word and strip up to two case/possessive/plural suffixes.
 * @example normalizeWord('Тоқаевтың') // 'тоқаев'
 */
export function normalizeWord(word: string): string {
  let stem = foldWord(word);
  for (let round = 0; round < 2; round++) {
    const suffix = SORTED.find((s) => stem.endsWith(s) && stem.length - s.length >= MIN_STEM);
    if (suffix === undefined) break;
    stem = stem.slice(0, -suffix.length);
  }
  return stem;
}

/** Split text into folded words (Unicode letters and digits; hyphens split, «» dropped). */
export function tokenize(text: string): string[] {
  return text
    .normalize('NFC')
    .split(/[^\p{L}\p{N}]+/u)
    .map(foldWord)
    .filter((w) => w.length > 0);
}

// Cyrillic (Kazakh and Russian) to plain Latin; Kazakh-only letters take their Russian sound.
// prettier-ignore
const TO_LATIN: Readonly<Record<string, string>> = {
  а: 'a', ә: 'a', б: 'b', в: 'v', г: 'g', ғ: 'g', д: 'd', е: 'e', ж: 'j', з: 'z', и: 'i',
  й: 'i', к: 'k', қ: 'k', л: 'l', м: 'm', н: 'n', ң: 'n', о: 'o', ө: 'o', п: 'p', р: 'r',
  с: 's', т: 't', у: 'u', ұ: 'u', ү: 'u', ф: 'f', х: 'h', һ: 'h', ц: 'c', ч: 'c', ш: 's',
  щ: 's', ъ: '', ы: 'i', і: 'i', ь: '', э: 'e', ю: 'iu', я: 'ia',
};
// Latin spellings of the same sounds: Kazakh Latin (q, ğ, ş…) and English (kh, zh, sh, y…).
// prettier-ignore
const LATIN_FOLDS: readonly [RegExp, string][] = [
  [/zh/gu, 'j'], [/kh/gu, 'h'], [/sh|ş/gu, 's'], [/ch|ts|ç/gu, 'c'], [/q/gu, 'k'], [/ğ/gu, 'g'],
  [/ñ/gu, 'n'], [/ä/gu, 'a'], [/ö/gu, 'o'], [/[ūü]/gu, 'u'], [/[ıy]/gu, 'i'], [/x/gu, 'h'],
];

/**
 * A spelling-blind key for a name: Тоқаев, Токаев, Toqaev and Tokayev all become "tokaev".
 * Cyrillic goes to plain Latin, Kazakh letters to their Russian sound, Latin digraphs fold, and an
 * "i" between vowels (the y of "Tokayev", the я of "Аяз") is dropped.
 * @example spellingKey('Tokayev') // 'tokaev'
 */
export function spellingKey(word: string): string {
  let s = [...foldWord(word)].map((ch) => TO_LATIN[ch] ?? ch).join('');
  for (const [from, to] of LATIN_FOLDS) s = s.replace(from, to);
  return s.replace(/(?<=[aeiou])i(?=[aeiou])/gu, '');
}
