/**
 * Particles inside a foreign name (`Фейсал бен Фархан`, `Тамим бин Хамад Аль Тани`, `Урсула фон дер
 * Ляйен`): each is joined, with the word after it, into one token, so that findPersons.ts reads the
 * name as the words it has, and the case ending, on the word after, comes off that word alone.
 * Which words are particles is each language's (locales/{kk,ru}/nameParticles.ts).
 */
import { KK_NAME_PARTICLES } from '../locales/kk/nameParticles';
import { RU_NAME_PARTICLES } from '../locales/ru/nameParticles';
import { NAME_WORD } from './nameWord';
import type { Token } from './tokenize';
import type { Lang } from './types';

export interface NameParticles {
  /** Whether `word`, right after the word `before` of a name, is a particle inside it. */
  isParticle(word: string, before: string): boolean;
  /** An article glued by a hyphen to the word it goes with (`аль-Тани`): the article, the word. */
  hyphenPrefix: RegExp;
}

const PARTICLES: Record<Lang, NameParticles> = { kk: KK_NAME_PARTICLES, ru: RU_NAME_PARTICLES };

/** A token of a name; `core`, where particles open it, is the word they go with. */
export interface NameToken extends Token {
  core?: string;
}

/** Whether a token is a word of a name: capitalised, or particles before such a word. */
export const isNameToken = (t: NameToken | undefined) => !!t && NAME_WORD.test(t.core ?? t.text);

const oneSpace = (text: string, a: Token, b: Token) =>
  /^[ \u00a0]$/u.test(text.slice(a.end, b.start));

/**
 * `tokens` with each run of particles after a name word joined to the name word that follows it
 * (`бен` + `Фарханды` → `бен Фарханды`, its core `Фарханды`); a particle not between two name
 * words stays as it was.
 */
export function joinNameParticles(text: string, tokens: readonly Token[], lang: Lang): NameToken[] {
  const rules = PARTICLES[lang];
  const out: NameToken[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const prev = out.at(-1);
    const token = tokens[k]!;
    if (!prev || !isNameToken(prev) || !oneSpace(text, prev, token)) {
      out.push(token);
      continue;
    }
    const glued = rules.hyphenPrefix.exec(token.text);
    if (glued) {
      out.push({ ...token, core: glued[2]! });
      continue;
    }
    let j = k;
    let before = prev.core ?? prev.text;
    while (j < tokens.length && j - k < 3 && rules.isParticle(tokens[j]!.text, before)) {
      if (j > k && !oneSpace(text, tokens[j - 1]!, tokens[j]!)) break;
      before = tokens[j]!.text;
      j++;
    }
    const word = tokens[j];
    if (j === k || !word || !NAME_WORD.test(word.text) || !oneSpace(text, tokens[j - 1]!, word)) {
      out.push(token);
      continue;
    }
    out.push({ start: token.start, end: word.end, text: text.slice(token.start, word.end), core: word.text }); // prettier-ignore
    k = j;
  }
  return out;
}

/**
 * The words of a name back in the nominative: `nominative` reads the words the particles go
 * with, whose case the language marks, and each particle stays as written before its word
 * (`Фейсала бин Фархана` → `Фейсал бин Фархан`, `бен Фарханды` → `бен Фархан`).
 */
export function withParticles(
  tokens: readonly NameToken[],
  nominative: (words: readonly string[]) => string[],
): string[] {
  const cores = tokens.map((t) => t.core ?? t.text);
  const read = nominative(cores);
  if (read.length !== tokens.length) return read;
  return read.map(
    (w, i) => tokens[i]!.text.slice(0, tokens[i]!.text.length - cores[i]!.length) + w,
  );
}
