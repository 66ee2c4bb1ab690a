import type { Token } from '../../../dates/tokenize';
import { readKkNumber } from './readKkNumber';

/** Nouns of a stretch inside a month or year: апта (week), күн (days), жарты (half), онкүндік
 * (ten days), ай (month, in a year), in any form ("аптасында", "күндерінде", "жартысына"). */
const STRETCH = /^(?:апта|күн|жарты|онкүндіг|онкүндік|ай)\p{L}*$/u;
/** Not "күні" after a number, the day itself ("5 күні" is read as a day elsewhere); after
 * "алғашқы"/"соңғы" it is a stretch ("көктемнің алғашқы күні", "жаздың соңғы айы"). */
const NOT_STRETCH = /^(?:күні|айы)$/u;

/**
 * "соңғы аптасында", "алғашқы күндерінде", "екінші жартысында", "үшінші онкүндігінде": a
 * stretch of the month or year just named in the genitive ("қыркүйек айының", "мамырдың",
 * "2020 жылдың"), which KazNERD marks with it as one date. The first is its start, the last or
 * the second half its end; other ordinals name no end.
 */
export function kkOrdinalPartAt(
  tokens: readonly Token[],
  i: number,
): { mod?: string; next: number } | null {
  const low = tokens[i]?.low ?? '';
  const n = low === 'алғашқы' || low === 'соңғы' ? null : readKkNumber(tokens, i);
  if (n && (!n.ordinal || n.tail !== '' || n.endValue !== undefined)) return null;
  const ord = low === 'алғашқы' ? 'first' : low === 'соңғы' ? 'last' : n?.value;
  if (ord === undefined) return null;
  const at = n ? n.next : i + 1;
  const noun = tokens[at];
  if (noun?.kind !== 'word' || !STRETCH.test(noun.low)) return null;
  if (n && NOT_STRETCH.test(noun.low)) return null;
  const half = /^жарты/u.test(noun.low);
  const mod =
    ord === 'first' || ord === 1
      ? 'START'
      : ord === 'last' || (half && ord === 2)
        ? 'END'
        : undefined;
  return { ...(mod && { mod }), next: at + 1 };
}
