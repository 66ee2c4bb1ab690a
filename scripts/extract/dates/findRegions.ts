import { NUMBER, WORD, type TokenTable } from './scanTokens';

/** Tells whether the word token [start, end) is an anchor; built by createAnchorTest. */
export type AnchorTest = (
  text: string,
  lower: string | null,
  start: number,
  end: number,
) => boolean;

const key2 = (s: string, i: number) => s.charCodeAt(i) * 65536 + s.charCodeAt(i + 1);
const key3 = (s: string, i: number) => key2(s, i) * 65536 + s.charCodeAt(i + 2);

/**
 * An anchor test from a grammar's anchor stems (every anchor word starts with one) and its exact
 * check `isAnchor`. Most words fail the first two or three letters and are never sliced.
 * @example createAnchorTest(['жыл'], (w) => w.startsWith('жыл'))('жылы', null, 0, 4) // true
 */
export function createAnchorTest(
  stems: Iterable<string>,
  isAnchor: (low: string) => boolean,
): AnchorTest {
  const two = new Set<number>();
  const three = new Set<number>();
  for (const s of stems) {
    if (s.length >= 3) three.add(key3(s, 0));
    else if (s.length === 2) two.add(key2(s, 0));
    else throw new Error(`anchor stem "${s}" is too short to filter on`);
  }
  const cache = new Map<string, boolean>();
  return (text, lower, start, end) => {
    if (end - start < 2) return false;
    const src = lower ?? text.slice(start, start + 3).toLowerCase();
    const at = lower ? start : 0;
    if (!two.has(key2(src, at)) && !(end - start >= 3 && three.has(key3(src, at)))) return false;
    const word = lower ? lower.slice(start, end) : text.slice(start, end).toLowerCase();
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
  lower: string | null,
  isAnchor: AnchorTest,
  reach = 10,
): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let open = -1;
  let close = -1;
  for (let k = 0; k < table.count; k++) {
    const kind = table.kind[k];
    if (
      kind !== NUMBER &&
      (kind !== WORD || !isAnchor(text, lower, table.start[k]!, table.end[k]!))
    )
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
