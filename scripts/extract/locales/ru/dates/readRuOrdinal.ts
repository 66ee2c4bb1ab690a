import type { Token } from '../../../dates/tokenize';

// prettier-ignore
const STEMS: ReadonlyArray<[string, number]> = [
  ['перв', 1], ['втор', 2], ['треть', 3], ['четв[её]рт', 4], ['пят', 5], ['шест', 6], ['седьм', 7],
  ['восьм', 8], ['девят', 9], ['десят', 10], ['одиннадцат', 11], ['двенадцат', 12],
  ['тринадцат', 13], ['четырнадцат', 14], ['пятнадцат', 15], ['шестнадцат', 16],
  ['семнадцат', 17], ['восемнадцат', 18], ['девятнадцат', 19], ['двадцат', 20], ['тридцат', 30],
];

/** Ordinal forms a day ("первого", "первое", "третьего") or a century ("двадцатый", "первом") takes. */
const ORDINAL = new RegExp(
  `^(?:${STEMS.map(([s], k) => `(?<s${k}>${s})`).join('|')})(?:ое|ого|ому|ом|ый|ий|ой|е|его|ему|ем)$`,
  'u',
);

function ordinalValue(low: string): number | undefined {
  const m = ORDINAL.exec(low);
  if (!m?.groups) return undefined;
  const k = Object.keys(m.groups).find((g) => m.groups![g] !== undefined);
  return k === undefined ? undefined : STEMS[Number(k.slice(1))]![1];
}

/**
 * An ordinal in words up to 39: "первого", "двадцать первого", "тридцатого". Only the last word
 * is ordinal ("двадцать" stays cardinal), as in speech and news.
 * @example readRuOrdinal(tokenize('двадцать первого марта'), 0) // { value: 21, next: 2 }
 */
export function readRuOrdinal(
  tokens: readonly Token[],
  i: number,
): { value: number; next: number } | null {
  const t = tokens[i];
  if (t?.kind !== 'word') return null;
  const tens = t.low === 'двадцать' ? 20 : t.low === 'тридцать' ? 30 : 0;
  const k = tens ? i + 1 : i;
  const w = tokens[k];
  const v = w?.kind === 'word' ? ordinalValue(w.low) : undefined;
  if (v === undefined || (tens && v > 9)) return null;
  return { value: tens + v, next: k + 1 };
}
