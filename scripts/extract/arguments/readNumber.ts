import {
  KK_APPROX_ENDINGS,
  KK_NUMBER_ENDINGS,
  KK_NUMBER_WORDS,
  KK_ORDINAL_ENDINGS,
} from '../locales/kk/lexicon/numbers';
import { RU_NUMBER_WORDS } from '../locales/ru/lexicon/numbers';
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
  lang: Lang,
): { value: number; ending: string; word: boolean } | null {
  const digits = DIGITS.exec(token);
  if (digits) {
    const value = Number(`${digits[1]}${digits[2] ? `.${digits[2]}` : ''}`);
    const ending = (digits[3] ?? '').toLowerCase();
    if (ending && lang === 'kk' && !KK_NUMBER_ENDINGS.has(ending)) return null;
    if (ending && lang === 'ru') return null;
    return { value, ending, word: false };
  }
  const lower = token.toLowerCase().replace(/[-‐]/gu, '');
  if (lang === 'ru') {
    const value = RU_NUMBER_WORDS.get(lower);
    return value === undefined ? null : { value, ending: '', word: true };
  }
  for (const [stem, value] of KK_NUMBER_WORDS) {
    if (!lower.startsWith(stem)) continue;
    const ending = lower.slice(stem.length);
    if (!KK_NUMBER_ENDINGS.has(ending)) continue;
    // `Онда` / `ондағы` are the pronoun "there", not "at ten".
    if (stem === 'он' && /^(да|дағы)$/u.test(ending)) continue;
    return { value, ending, word: true };
  }
  return null;
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
    const read = readToken(token.text, lang);
    if (!read) break;
    if (any && !read.word) {
      // Russian thousands written with a space: `1 500 человек`.
      if (!(lang === 'ru' && /^\d{3}$/u.test(token.text) && current < 1000 && total === 0)) break;
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
  if (!any || KK_ORDINAL_ENDINGS.has(ending)) return null;
  return { value: total + current, next: j, approx: KK_APPROX_ENDINGS.has(ending) };
}
