import type { Token } from '../../../dates/tokenize';
import { readKkNumber } from './readKkNumber';

/** A possessive month, week or day noun, in any case: "айында", "айы", "аптасында", "күнінде"
 * (the possessive ties it to the year before it; bare "күні" after a number is a day's date). */
const COUNTED = /^(?:ай(?:ы|лары)|апта(?:сы|лары)|күн(?:ін|дері))\p{L}*$/u;

/**
 * "9 айында", "алғашқы тоғыз айында", "бес айы": after a year in the genitive ("2020 жылдың",
 * "өткен жылдың"), months, weeks or days counted from its start, one phrase with the year, as
 * KazNERD marks "биылғы сегіз айда". Returns the index after the noun.
 */
export function kkCountedStretchAt(tokens: readonly Token[], i: number): number | null {
  const first = tokens[i]?.low === 'алғашқы' ? i + 1 : i;
  const n = readKkNumber(tokens, first);
  if (!n || n.ordinal || n.tail !== '' || n.endValue !== undefined || n.value < 2) return null;
  const noun = tokens[n.next];
  return noun?.kind === 'word' && COUNTED.test(noun.low) ? n.next + 1 : null;
}
