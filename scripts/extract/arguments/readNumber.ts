import { FIGURES, type FigureGrammar } from './figureGrammar';
import { isPlainGap, type Token } from './tokenize';
import type { Lang } from './types';

export interface NumberReading {
  value: number;
  /** Index of the first token after the number. */
  next: number;
  /** The ending itself says "about" (`мыңдай`). */
  approx: boolean;
}

const DIGITS = /^(\d+)(?:[.,](\d+))?(?:[-‐](\p{L}+))?$/u;

/** One token as a number: digits (`1,5`, `399-ға`) or a number word with an ending (`мыңға`). */
function readToken(
  token: string,
  grammar: FigureGrammar,
): { value: number; ending: string; word: boolean } | null {
  const digits = DIGITS.exec(token);
  if (digits) {
    const value = Number(`${digits[1]}${digits[2] ? `.${digits[2]}` : ''}`);
    const ending = (digits[3] ?? '').toLowerCase();
    if (ending && !grammar.digitEnding(ending)) return null;
    return { value, ending, word: false };
  }
  const read = grammar.numberWord(token.toLowerCase().replace(/[-‐]/gu, ''));
  return read && { ...read, word: true };
}

/**
 * Read the number that starts at token `i`: digits, digits with a scale word (`700 мың`,
 * `1,5 млн-нан`), or a phrase of number words (`бір мыңға`, `екі жүз елу`). Only the last word
 * carries an ending. Ordinals (`екінші`, `22-ші`) are not counts and give null.
 */
export function readNumber(
  text: string,
  tokens: readonly Token[],
  i: number,
  lang: Lang,
): NumberReading | null {
  const grammar = FIGURES[lang];
  let total = 0;
  let current = 0;
  let j = i;
  let ending = '';
  let any = false;
  while (j < tokens.length) {
    const token = tokens[j];
    if (!token) break;
    if (j > i) {
      const prev = tokens[j - 1];
      if (!prev || !isPlainGap(text.slice(prev.end, token.start)) || ending !== '') break;
    }
    const read = readToken(token.text, grammar);
    if (!read) break;
    if (any && !read.word) {
      // Thousands written with a space: `1 500 человек`.
      const spaced = grammar.spacedThousands && /^\d{3}$/u.test(token.text);
      if (!(spaced && current < 1000 && total === 0)) break;
      current = current * 1000 + read.value;
    } else if (read.value >= 1000 && any) {
      total += (current || 1) * read.value;
      current = 0;
    } else if (read.value === 100 && any && current > 0 && current < 100) {
      current *= 100;
    } else if (any && read.value >= current && current !== 0) {
      break;
    } else {
      current += read.value;
    }
    any = true;
    ending = read.ending;
    j++;
  }
  if (!any || grammar.ordinalEnding(ending)) return null;
  return { value: total + current, next: j, approx: grammar.approxEnding(ending) };
}
