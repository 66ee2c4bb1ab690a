/**
 * How a Kazakh year number is written before "жыл": a two-digit ordinal for a year of the century
 * ("19-ыншы жылғы"), a dash glued for the ordinal ending ("90-жылдары"), the last of a list of
 * years before the plural ("2019 және 2020 жылдары"), which is no decade (kkCalendarTagger.ts).
 */
import type { Token } from '../../../dates/tokenize';
import { kkYearWordAt } from './kkWordAt';
import type { KkNumber } from './readKkNumber';

/**
 * "19-ыншы жылғы", "он тоғызыншы жылы": a two-digit ordinal before a singular "жыл" form is a
 * year of the century (counts of years are cardinal: "19 жыл"). Below 50 it is this century's.
 * Plural "жылдары" after a round ordinal is a decade.
 */
export function shortYear(tokens: readonly Token[], n: KkNumber): KkNumber {
  if (n.tail !== '' || n.value < 10 || n.value > 99) return n;
  // "90-жылдары": the dash stands for the ordinal ending, as in "1990-жылдары".
  const dashed = !n.ordinal && glueDash(tokens, n.next);
  if (!n.ordinal && !dashed) return n;
  const at = dashed ? n.next + 1 : n.next;
  const word = kkYearWordAt(tokens, at);
  if (!word) return n;
  // "90-шы жылдары": the 1990s; "20-шы жылдары" may be either century, so it stays a count.
  const decade = /^жылдар/u.test(word.low) && n.value % 10 === 0 && n.value >= 30;
  if (dashed && !decade) return n;
  if (!decade && !/^жыл(?:ы|ғы|ға|дың|дан|да)?$/u.test(word.low)) return n;
  return { ...n, value: n.value + (n.value < 50 ? 2000 : 1900), next: at };
}

/** A dash glued between a number and the word after it: "1990-жылдары", "90-жылдары". */
export function glueDash(tokens: readonly Token[], i: number): boolean {
  return tokens[i]?.kind === 'dash' && tokens[i]!.glued === true && tokens[i + 1]?.glued === true;
}

/**
 * The year at `i` ends a list of years that are not decades: "2019 және 2020 жылдары", "2018,
 * 2020 жылдары" are those years (the plural is the list's), not the 2020s. ("1990 және 2000
 * жылдары", round years both, may be the decades and stay so.)
 */
export function endsYearList(tokens: readonly Token[], i: number): boolean {
  const link = tokens[i - 1];
  const prev = tokens[i - 2];
  const linked = link?.text === ',' || /^(?:және|мен|бен|пен)$/u.test(link?.low ?? '');
  return (
    linked &&
    prev?.kind === 'number' &&
    /^[12]\d{3}$/u.test(prev.text) &&
    Number(prev.text) % 10 !== 0
  );
}
