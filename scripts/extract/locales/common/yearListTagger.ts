import type { TokenMatch } from '../../dates/tagger';
import type { Token } from '../../dates/tokenize';

/** Words that join the members of a list: "және", "мен", "бен", "пен", "и". */
const AND = /^(?:және|мен|бен|пен|и)$/u;
/** The year word the list shares: "жылы", "жылдары", "жж.", "годах", "годы", "гг". */
const YEAR_WORD = /^(?:жыл\p{L}*|жж|год\p{L}*|гг)$/u;

const isYear = (t: Token | undefined) =>
  t?.kind === 'number' && t.text.length === 4 && Number(t.text) >= 1800 && Number(t.text) <= 2100;

/**
 * A year in a list that names the year word once, at its end: "2005, 2011 және 2017 жылдары",
 * "в 2005, 2011 и 2017 годах". Each member but the last is a year of its own (the last is read
 * with its year word by the calendar tagger); the span is the number alone.
 * @example yearListTagger(tokenize('2005, 2011 және 2017 жылдары'), 0)?.reading // { kind: 'cal', parts: { year: 2005 } }
 */
export function yearListTagger(tokens: readonly Token[], i: number): TokenMatch | null {
  if (!isYear(tokens[i])) return null;
  // (Not the second year of a range, "2019-2022 жылдары", nor the end of a glued "2022-2023".)
  if (tokens[i - 1]?.kind === 'dash') return null;
  let k = i + 1;
  for (let members = 1; members < 12; members++) {
    const sep = tokens[k];
    if (sep?.kind === 'punct' && sep.text === ',') k += AND.test(tokens[k + 1]?.low ?? '') ? 2 : 1;
    else if (sep?.kind === 'word' && AND.test(sep.low)) k += 1;
    else return null;
    if (!isYear(tokens[k])) return null;
    if (YEAR_WORD.test(tokens[k + 1]?.low ?? ''))
      return {
        from: i,
        to: i + 1,
        reading: { kind: 'cal', parts: { year: Number(tokens[i]!.text) } },
      };
    k += 1;
  }
  return null;
}
