/**
 * Letter and digit classes for the extractor's case-insensitive patterns, written as explicit
 * ranges of the scripts it reads instead of Unicode properties.
 *
 * Why: V8 compiles a `/iu` pattern's `\p{L}` by closing all of Unicode's ~600 letter ranges under
 * case folding, every time the class appears. The two trigger lexicons hold about 1,600 of them
 * (the word-start guard alone is in each pattern), and compiling them cost about 4.5 s in every
 * process that extracted anything: each CLI run, each test worker, each evaluation. With explicit
 * ranges the same patterns compile in about 0.6 s.
 *
 * The ranges cover every letter of the texts the extractor reads: Latin (with the letters of the
 * Kazakh Latin alphabet, Turkish and European names), Cyrillic (Kazakh, Russian and the other
 * Cyrillic alphabets) and Greek. Under the `i` flag an uppercase or lowercase class matches both
 * cases, so `\p{Lu}` and `\p{Ll}` there already meant "a cased letter"; they become the same class.
 */
import { factorLeadingGuard } from './factorGuard';

/**
 * Letters: Latin, Latin-1 (without × and ÷), Latin Extended-A/B, IPA, the modifier letters (ʼ),
 * Greek, Cyrillic, Armenian and Latin Extended Additional: exactly `\p{L}` below U+0590.
 */
const LETTERS =
  'A-Za-z\\u00AA\\u00B5\\u00BA\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02C1\\u02C6-\\u02D1\\u02E0-\\u02E4\\u02EC\\u02EE\\u0370-\\u0374\\u0376-\\u0377\\u037A-\\u037D\\u037F\\u0386\\u0388-\\u038A\\u038C\\u038E-\\u03A1\\u03A3-\\u03F5\\u03F7-\\u0481\\u048A-\\u052F\\u0531-\\u0556\\u0559\\u0560-\\u0588\\u1E00-\\u1EFF';
/** Decimal digits (the texts write numbers with ASCII digits). */
const DIGITS = '0-9';

const CLASS_BODY: Record<string, string> = {
  L: LETTERS,
  Lu: LETTERS,
  Ll: LETTERS,
  N: DIGITS,
};

const PROPERTY = /\\p\{(L|Lu|Ll|N)\}/gu;

/**
 * `source` with `\p{L}`, `\p{Lu}`, `\p{Ll}` and `\p{N}` spelled as explicit ranges: inside a
 * character class as its ranges, outside as a class of its own; `\p{Lu}` and `\p{Ll}` only for a
 * pattern compiled with the `i` flag (see above). Other escapes and properties are left as they are.
 */
export function explicitClasses(source: string, caseInsensitive = true): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      PROPERTY.lastIndex = i;
      const m = source.startsWith('\\p{', i) ? PROPERTY.exec(source) : null;
      // (Without the i flag an uppercase or lowercase class is not every letter: left alone.)
      if (m && m.index === i && (caseInsensitive || m[1] === 'L' || m[1] === 'N')) {
        const body = CLASS_BODY[m[1]!]!;
        out += inClass ? body : `[${body}]`;
        i += m[0].length - 1;
      } else {
        out += source.slice(i, i + 2);
        i++;
      }
      continue;
    }
    if (c === '[' && !inClass) inClass = true;
    else if (c === ']' && inClass) inClass = false;
    out += c;
  }
  return out;
}

/**
 * `pattern` recompiled with its letter and digit classes spelled out (same flags), and a word
 * guard its alternatives share written once (factorGuard.ts): the same matches, found faster.
 */
export function withExplicitClasses(pattern: RegExp): RegExp {
  return new RegExp(
    factorLeadingGuard(explicitClasses(pattern.source, pattern.flags.includes('i'))),
    pattern.flags,
  );
}
