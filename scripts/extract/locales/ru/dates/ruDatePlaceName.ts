import type { Token } from '../../../dates/tokenize';

/**
 * Nouns of streets, settlements and institutions that Russian names by a date written after
 * them, in any case ("улица 8 Марта", "на проспекте 16 Декабря", "совхоз 1 Мая"): the name
 * follows its noun, the month capitalised as in any name.
 */
const PLACE =
  /^(?:улиц|проспект|площад|переул|бульвар|набережн|шоссе|микрорайон|мкр|сквер|парк|пос[её]л[ко]|алле[яеиюй]|совхоз|колхоз|завод|фабрик|комбинат|станци|остановк|школ|гимнази|лице[йяюе])\p{L}*$/u;
/** Abbreviated place nouns of addresses, with their dot ("ул. 8 марта", "пл. 1 Мая", "им. 8
 * Марта"), written with a hyphen ("пр-т", "б-р"), and "имени" (named after): a date after
 * these is a name whatever its letters. */
const DOTTED = /^(?:ул|пр|просп|пл|пер|мкр|им)$/u;
const HYPHENED = /^(?:пр-т|б-р)$/u;

/** The word before the date that starts at `k`, past the day number when `k` is the month. */
function wordBefore(tokens: readonly Token[], k: number): { low: string; dotted: boolean } | null {
  let j = k - 1;
  if (tokens[j]?.kind === 'number') j -= 1;
  const dotted = tokens[j]?.text === '.';
  if (dotted) j -= 1;
  const t = tokens[j];
  if (t?.kind !== 'word') return null;
  const [d, w] = [tokens[j - 1], tokens[j - 2]];
  if (d?.kind === 'dash' && d.glued && t.glued && w?.kind === 'word')
    return { low: `${w.low}-${t.low}`, dotted };
  return { low: t.low, dotted };
}

/**
 * True when the date from token `from` to its month at `month` is the name of the place noun
 * written before it: "улица 8 Марта", "на проспекте 16 Декабря", "ул. 8 марта", "имени 1 Мая".
 * A lower-case month after a full noun stays a date ("на площади 16 декабря собрались"), as
 * does a capitalised holiday with no place noun before it ("8 Марта поздравили").
 * @example ruDateNamesPlace(tokenize('на улице 8 Марта'), 2, 3) // true
 */
export function ruDateNamesPlace(tokens: readonly Token[], from: number, month: number): boolean {
  const before = wordBefore(tokens, from);
  if (!before) return false;
  if (before.low === 'имени' || HYPHENED.test(before.low)) return true;
  if (before.dotted && DOTTED.test(before.low)) return true;
  const m = tokens[month]!;
  return !before.dotted && PLACE.test(before.low) && m.text[0] !== m.low[0];
}
