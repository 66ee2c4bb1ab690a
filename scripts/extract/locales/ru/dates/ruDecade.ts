import type { TokenMatch } from '../../../dates/tagger';
import type { Token } from '../../../dates/tokenize';
import { ruUnit } from './ruLexicon';

/** A plural ordinal ending glued after a dash: "-е", "-ые" (nominative), "-х", "-ых" (genitive,
 * prepositional). A plural can only count a decade: "1990-е годы", "в 1990-х". */
const PLURAL = /^(?:ы?е|ы?х)$/u;
/** Dative and instrumental plural endings ("к 1990-м годам", "1990-ми годами"), which the
 * singular "в 2015-м году" shares, so only a plural "годам", "годами" after them says decade. */
const PLURAL_OBLIQUE = /^(?:ы?м|ы?ми)$/u;
/** "годы", "годов", "годах", "годам", "годами": the plural of "год". */
const YEARS = /^год(?:ы|ов|ах|ам|ами)$/u;

/** The decade's first year: a round year in digits, or "30"–"90" of the last century (a
 * political history of Kazakhstan tells of the 1990s, not the 2090s; "10", "20" are left). */
function decadeYear(t: Token | undefined): number | undefined {
  if (t?.kind !== 'number') return undefined;
  const n = Number(t.text);
  if (t.text.length === 4 && n >= 1000 && n <= 2100 && n % 10 === 0) return n;
  return /^[3-9]0$/u.test(t.text) ? 1900 + n : undefined;
}

/**
 * A decade: "1990-е годы", "в 1990-х годах", "90-е годы", "в 2010-е", "к 1990-м годам". The year
 * word after it joins the span. A bare two-digit "90-е" counts only where the phrase ends there
 * ("в 90-е."), as "30-е" may be a day. Read before the year, which "1990-е годы" is not.
 * @example readRuDecade(tokenize('1990-е годы'), 0)?.reading // { kind: 'cal', parts: { decade: 199 } }
 */
export function readRuDecade(tokens: readonly Token[], i: number): TokenMatch | null {
  const year = decadeYear(tokens[i]);
  const [dash, end, word] = [tokens[i + 1], tokens[i + 2], tokens[i + 3]];
  if (year === undefined || dash?.kind !== 'dash' || !dash.glued || !end?.glued) return null;
  const years = word?.kind === 'word' && YEARS.test(word.low);
  const plural = PLURAL.test(end.low) || (PLURAL_OBLIQUE.test(end.low) && years);
  if (!plural) return null;
  const closes = word === undefined || word.kind === 'punct' || word.kind === 'dash';
  if (!years && tokens[i]!.text.length === 2 && !closes) return null;
  const to = years || ruUnit(word) === 'Y' ? i + 4 : i + 3;
  return { from: i, to, reading: { kind: 'cal', parts: { decade: Math.floor(year / 10) } } };
}

/**
 * Two decades joined by a dash, the first without its ending: "80-90-е годы", "в 1980–1990-х",
 * "1980-90-х годах" (the 1980s and 90s), one span from the first decade to the second. The
 * bare first number is a decade only because the second one is marked as one ("1980-90-х":
 * a two-digit second decade is of the last century, as alone).
 * @example readRuDecadePair(tokenize('80-90-е годы'), 0)?.reading // { kind: 'cal', parts: { decade: 198 }, end: { decade: 199 } }
 */
export function readRuDecadePair(tokens: readonly Token[], i: number): TokenMatch | null {
  const first = decadeYear(tokens[i]);
  if (first === undefined || tokens[i + 1]?.kind !== 'dash') return null;
  const second = readRuDecade(tokens, i + 2);
  if (second?.reading.kind !== 'cal') return null;
  const endDecade = second.reading.parts.decade;
  if (endDecade === undefined || endDecade <= first / 10) return null;
  return {
    from: i,
    to: second.to,
    reading: { kind: 'cal', parts: { decade: first / 10 }, end: { decade: endDecade } },
  };
}
