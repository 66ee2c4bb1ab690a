import type { Token } from '../../../dates/tokenize';
import type { KkNumber } from './readKkNumber';

/**
 * "2020-21 жылдары", "2019/20 маусымы": a four-digit year, a dash or slash, and the last two
 * digits of the next years, as reports shorten a range of years; the end in full, or null.
 * Also "2019/2020", which the number reader leaves as two numbers.
 */
export function kkShortYearRange(tokens: readonly Token[], n: KkNumber): KkNumber | null {
  const [link, end] = [tokens[n.next], tokens[n.next + 1]];
  if (n.digits?.length !== 4 || n.endValue !== undefined || n.tail !== '') return null;
  if (!link || (link.kind !== 'dash' && link.text !== '/') || end?.kind !== 'number') return null;
  const full =
    end.text.length === 2
      ? Math.floor(n.value / 100) * 100 + Number(end.text)
      : end.text.length === 4
        ? Number(end.text)
        : NaN;
  if (!(full > n.value && full - n.value <= 10)) return null;
  return { ...n, endValue: full, next: n.next + 2 };
}

/** "оқу жылы" (school year), "қаржы жылы" (fiscal year): a kind of year between the number and
 * "жыл"; the index of "жыл…" after it, or `i` when there is none. */
export function skipKkYearKind(tokens: readonly Token[], i: number): number {
  const kind = tokens[i]?.low ?? '';
  return /^(?:оқу|қаржы)$/u.test(kind) && /^жыл/u.test(tokens[i + 1]?.low ?? '') ? i + 1 : i;
}
