import { describe, expect, it } from 'vitest';
import { explicitClasses, withExplicitClasses } from '../../../scripts/extract/letterClasses';

const codePoints = (to: number) => Array.from({ length: to }, (_, cp) => String.fromCodePoint(cp));

describe('explicitClasses(source)', () => {
  it('spells \\p{L} as exactly the letters below U+0590 (Latin, Greek, Cyrillic, Armenian)', () => {
    const property = /^\p{L}$/u;
    const explicit = new RegExp(`^${explicitClasses(String.raw`\p{L}`)}$`, 'u');
    const differ = codePoints(0x590).filter((c) => property.test(c) !== explicit.test(c));
    expect(differ).toEqual([]);
    // Kazakh letters and the Latin of the 2021 Kazakh alphabet are letters; a Hebrew one is not.
    for (const c of 'әғқңөұүһіӘҒҚҢӨҰҮҺІáǵıńóúýşçğ') expect(explicit.test(c)).toBe(true);
    expect(explicit.test('א')).toBe(false);
  });

  it('keeps a case-insensitive pattern matching the same words', () => {
    const source = String.raw`(?<![\p{L}\p{N}])съез[\p{L}]*\s+[\p{Lu}][\p{Ll}]+`;
    const before = new RegExp(source, 'iu');
    const after = new RegExp(explicitClasses(source), 'iu');
    for (const text of [
      'Партияның СЪЕЗІ Астанада өтті',
      'жаңа съезд Партии',
      '2съезд Партии',
      'асъезд Партии',
      'съезі 2022',
      'Съезд ҰЛТТЫҚ',
    ])
      expect([text, after.exec(text)?.[0]]).toEqual([text, before.exec(text)?.[0]]);
  });

  it('spells a class inside brackets as ranges and outside as a class, and leaves escapes alone', () => {
    const out = explicitClasses(String.raw`[^\p{L}]\p{N}\\x\[\p{N}\]\p{M}`);
    expect(out).toMatch(/^\[\^A-Za-z[^\]]*\]\[0-9\]\\\\x\\\[\[0-9\]\\\]\\p\{M\}$/u);
    expect(() => new RegExp(out, 'iu')).not.toThrow();
  });

  it('leaves \\p{Lu} and \\p{Ll} alone in a pattern without the i flag, where case matters', () => {
    const upper = withExplicitClasses(/^[\p{Lu}][\p{L}]+$/u);
    expect(upper.source.startsWith(String.raw`^[\p{Lu}][A-Za-z`)).toBe(true);
    expect(upper.test('Астана')).toBe(true);
    expect(upper.test('астана')).toBe(false);
    expect(withExplicitClasses(/^[\p{Lu}][\p{L}]+$/iu).test('астана')).toBe(true);
  });
});
