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
