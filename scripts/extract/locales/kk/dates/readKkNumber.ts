import type { Token } from '../../../dates/tokenize';
import { isKkTail, ORDINAL } from './kkForm';
import { KK_NUMBERS } from './kkLexicon';

export interface KkNumber {
  value: number;
  /** Range end: "2–3 жыл", "екі-үш жылда", "25-і — 26-сына". */
  endValue?: number;
  ordinal: boolean;
  /** Case/possessive suffix left after the number (and ordinal suffix): "ына" in "10-ына". */
  tail: string;
  /** Digits as written ("2022", "05"), or undefined for number words. */
  digits?: string;
  /** Token index after the number. */
  next: number;
}

type WordNumber = { value: number; ordinal: boolean; tail: string } | null;

/** Cached: number words are few, other words many, and both repeat. */
const cache = new Map<string, WordNumber>();
function readWord(low: string): WordNumber {
  let v = cache.get(low);
  if (v === undefined) {
    if (cache.size > 50_000) cache.clear();
    v = parseWord(low);
    cache.set(low, v);
  }
  return v;
}

function parseWord(low: string): WordNumber {
  let best: string | undefined;
  for (const stem of KK_NUMBERS.keys()) {
    if (low.startsWith(stem) && (!best || stem.length > best.length)) {
      const rest = low.slice(stem.length);
      const tail = rest.replace(ORDINAL, '');
      if (isKkTail(tail)) best = stem;
    }
  }
  if (best === undefined) return null;
  const rest = low.slice(best.length);
  const ord = ORDINAL.exec(rest);
  return {
    value: KK_NUMBERS.get(best)!,
    ordinal: ord !== null,
    tail: rest.slice(ord ? ord[0].length : 0),
  };
}

/** One number without a range: digits with an optional glued "-suffix", or number words. */
function readOne(tokens: readonly Token[], i: number): KkNumber | null {
  const t = tokens[i];
  if (!t) return null;
  if (t.kind === 'number') {
    // "31.02.2026", "12:30": the tail of a numeric expression, not a count.
    const prev = tokens[i - 1];
    if (
      t.glued &&
      prev?.kind === 'punct' &&
      /^[.:,/]$/u.test(prev.text) &&
      tokens[i - 2]?.kind === 'number'
    ) {
      return null;
    }
    const dash = tokens[i + 1];
    const suf = tokens[i + 2];
    if (dash?.kind === 'dash' && dash.glued && suf?.kind === 'word' && suf.glued) {
      const ord = ORDINAL.exec(suf.low);
      const tail = suf.low.slice(ord ? ord[0].length : 0);
      // "16-наурызда" is a day and a month, not a suffix: only pure suffixes are taken.
      if (isKkTail(tail))
        return { value: Number(t.text), ordinal: ord !== null, tail, digits: t.text, next: i + 3 };
    }
    // "2025нші жылдан": the ordinal suffix glued on without its hyphen.
    const ord = dash?.kind === 'word' && dash.glued ? ORDINAL.exec(dash.low) : null;
    if (ord && isKkTail(dash!.low.slice(ord[0].length))) {
      const tail = dash!.low.slice(ord[0].length);
      return { value: Number(t.text), ordinal: true, tail, digits: t.text, next: i + 2 };
    }
    return { value: Number(t.text), ordinal: false, tail: '', digits: t.text, next: i + 1 };
  }
  // Number words compose: екі мың он үшінші = 2·1000 + 10 + 3. Only the last may carry a suffix.
  let total = 0;
  let current = 0;
  let j = i;
  let last: ReturnType<typeof readWord> = null;
  while (tokens[j]?.kind === 'word') {
    const w = readWord(tokens[j]!.low);
    if (!w) break;
    if (w.value === 1000) {
      total += Math.max(current, 1) * 1000;
      current = 0;
    } else if (w.value === 100) current = Math.max(current, 1) * 100;
    else current += w.value;
    last = w;
    j += 1;
    if (w.ordinal || w.tail !== '') break;
  }
  if (!last) return null;
  return { value: total + current, ordinal: last.ordinal, tail: last.tail, next: j };
}

/**
 * Reads a Kazakh number at token `i`: "2020-сыншы", "24", "жиырма төртінші", "екі мың жиырма".
 * @example readKkNumber(tokenize('екі мың жиырмасыншы жылы'), 0) // { value: 2020, ordinal: true, next: 3, … }
 */
export function readKkNumber(tokens: readonly Token[], i: number): KkNumber | null {
  const first = readOne(tokens, i);
  if (!first) return null;
  const dash = tokens[first.next];
  if (dash?.kind === 'dash') {
    const second = readOne(tokens, first.next + 1);
    if (second && second.value > first.value) {
      return {
        ...second,
        value: first.value,
        endValue: second.value,
        ordinal: first.ordinal || second.ordinal,
      };
    }
  }
  return first;
}
