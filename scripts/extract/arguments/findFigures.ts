import { FIGURES, type FigureGrammar } from './figureGrammar';
import { readNumber } from './readNumber';
import { isPlainGap, tokenize, type Token } from './tokenize';
import type { FigureHit, Lang, Qualifier } from './types';

/** Words that make a bare total a head count: `халық саны 1,5 млн-нан асады`. */
const POPULATION = /халық[ \u00a0]+саны|тұрғын|населени|жител/iu;
const MAX_MODIFIERS = 3;

function joined(text: string, left: Token | undefined, right: Token | undefined): boolean {
  return !!left && !!right && isPlainGap(text.slice(left.end, right.start));
}

/** A word that may stand between a number and its unit (`5 жетекші саяси партия`). */
function isModifier(word: string, grammar: FigureGrammar): boolean {
  if (!/^\p{Ll}[\p{L}-]*$/u.test(word) || grammar.isTimeWord(word)) return false;
  return grammar.adjective.test(word);
}

function qualifierBefore(
  text: string,
  tokens: readonly Token[],
  i: number,
  grammar: FigureGrammar,
) {
  const prev = tokens[i - 1];
  if (!prev || !joined(text, prev, tokens[i])) return null;
  const word = prev.text.toLowerCase();
  const q = grammar.qualifierBefore(word);
  if (!q) return null;
  const neg = tokens[i - 2];
  // `не менее 100` is at least 100; `не более 100` is at most 100.
  if (neg && grammar.flipsQualifier(neg.text.toLowerCase()) && joined(text, neg, prev)) {
    const flipped: Qualifier = q === 'under' ? 'over' : q === 'over' ? 'under' : q;
    return { q: flipped, start: neg.start };
  }
  return { q, start: prev.start };
}

/**
 * Counted quantities: a number (digits or words, with scale words and case endings), an
 * optional qualifier, up to three adjectives, and a countable unit. Numbers without a unit are
 * dates, durations or ranks and are not reported, except a total that "exceeds" (unit other).
 *
 * @example findFigures('399-ға жуық делегат', 'kk')[0] // { value: 399, unit: 'delegates', qualifier: 'approx', … }
 */
export function findFigures(text: string, lang: Lang): FigureHit[] {
  const grammar = FIGURES[lang];
  const tokens = tokenize(text);
  const figures: FigureHit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const number = readNumber(text, tokens, i, lang);
    if (!number) continue;
    const before = qualifierBefore(text, tokens, i, grammar);
    let qualifier: Qualifier = before?.q ?? (number.approx ? 'approx' : 'exact');
    let j = number.next;
    const after = grammar.qualifierAfter(tokens[j]?.text.toLowerCase() ?? '');
    if (after && joined(text, tokens[j - 1], tokens[j])) {
      qualifier = after;
      j++;
    }
    let unit: string | null = null;
    for (let k = 0; k <= MAX_MODIFIERS && joined(text, tokens[j - 1], tokens[j]); k++) {
      const word = tokens[j]?.text ?? '';
      if (grammar.isTimeWord(word)) break;
      unit = grammar.unitOf(word);
      if (unit || !isModifier(word, grammar)) break;
      j++;
    }
    if (!unit) {
      const verb = tokens[j]?.text.toLowerCase() ?? '';
      if (!joined(text, tokens[j - 1], tokens[j])) {
        i = number.next - 1;
        continue;
      }
      if (!grammar.exceedVerbs.includes(verb)) {
        i = number.next - 1;
        continue;
      }
      const context = text.slice(Math.max(0, (tokens[i]?.start ?? 0) - 60), tokens[i]?.start ?? 0);
      unit = POPULATION.test(context) ? 'people' : 'other';
      qualifier = 'over';
    }
    const start = before?.start ?? tokens[i]?.start ?? 0;
    const end = tokens[j]?.end ?? start;
    figures.push({
      start,
      end,
      text: text.slice(start, end),
      value: number.value,
      unit,
      qualifier,
    });
    i = j;
  }
  return figures;
}
