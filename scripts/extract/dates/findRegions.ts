import { NUMBER, WORD, type TokenTable } from './scanTokens';

/** Tells whether the word token [start, end) of `text` is an anchor; built by createAnchorTest. */
export type AnchorTest = (text: string, start: number, end: number) => boolean;

/** Lower case of each BMP code unit that lower-cases to one unit (else itself), filled lazily. */
const LOWER = new Uint16Array(65536);
function lowerCode(c: number): number {
  let l = LOWER[c]!;
  if (l === 0) {
    const s = String.fromCharCode(c).toLowerCase();
    LOWER[c] = l = s.length === 1 ? s.charCodeAt(0) : c;
  }
  return l;
}

const key2 = (s: string, i: number, low: (c: number) => number) =>
  low(s.charCodeAt(i)) * 65536 + low(s.charCodeAt(i + 1));
const key3 = (s: string, i: number, low: (c: number) => number) =>
  key2(s, i, low) * 65536 + low(s.charCodeAt(i + 2));
const same = (c: number) => c;

/**
 * An anchor test from a grammar's anchor stems (every anchor word starts with one) and its exact
 * check `isAnchor`. Most words fail on their first two or three letters, read as char codes,
 * and are never sliced or lower-cased.
 * @example createAnchorTest(['жыл'], (w) => w.startsWith('жыл'))('Жылы', 0, 4) // true
 */
export function createAnchorTest(
  stems: Iterable<string>,
  isAnchor: (low: string) => boolean,
): AnchorTest {
  const two = new Set<number>();
  const three = new Set<number>();
  for (const s of stems) {
    if (s.length >= 3) three.add(key3(s, 0, same));
    else if (s.length === 2) two.add(key2(s, 0, same));
    else throw new Error(`anchor stem "${s}" is too short to filter on`);
  }
  const cache = new Map<string, boolean>();
  return (text, start, end) => {
    if (end - start < 2) return false;
    if (!two.has(key2(text, start, lowerCode))) {
      if (end - start < 3 || !three.has(key3(text, start, lowerCode))) return false;
    }
    const word = text.slice(start, end).toLowerCase();
    let yes = cache.get(word);
    if (yes === undefined) {
      if (cache.size > 50_000) cache.clear();
      cache.set(word, (yes = isAnchor(word)));
    }
    return yes;
  };
}

/**
 * Token ranges [from, to) where dates may be: `reach` tokens either side of every number and
 * anchor word, overlapping ranges merged. Every date expression contains an anchor and reaches
 * at most a few tokens before its first and after its last one ("шамамен екі мың жыл",
 * "5-і мен 14-і аралығында"), so tagging the ranges alone finds what tagging everything would.
 */
export function findRegions(
  table: TokenTable,
  text: string,
  isAnchor: AnchorTest,
  reach = 10,
): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let open = -1;
  let close = -1;
  for (let k = 0; k < table.count; k++) {
    const kind = table.kind[k];
    if (kind !== NUMBER && (kind !== WORD || !isAnchor(text, table.start[k]!, table.end[k]!)))
      continue;
    const from = Math.max(0, k - reach);
    const to = Math.min(table.count, k + reach + 1);
    if (open >= 0 && from <= close) {
      close = to;
      continue;
    }
    if (open >= 0) out.push([open, close]);
    open = from;
    close = to;
  }
  if (open >= 0) out.push([open, close]);
  return out;
}
