import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  forgetTexts,
  memoByText,
  memoByTextAnd,
  rememberTests,
} from '../../../scripts/extract/memoByText';

describe('memoByText', () => {
  it('reads a text once until the texts are forgotten', () => {
    const read: string[] = [];
    const lengthOf = memoByText((t) => (read.push(t), t.length));
    const text = 'Съезд өтті. '.repeat(100);
    expect([lengthOf(text), lengthOf(text), lengthOf(text.slice(0))]).toEqual([1200, 1200, 1200]);
    expect(read).toHaveLength(1);
    forgetTexts();
    expect(lengthOf(text)).toBe(1200);
    expect(read).toHaveLength(2);
  });
});

describe('memoByTextAnd', () => {
  it('reads each text and key once, and tells keys of one text apart', () => {
    const read: string[] = [];
    const slice = memoByTextAnd((t: string, at: number) => (read.push(`${at}`), t.slice(at)));
    const text = 'Съезд 5 наурызда өтті.';
    expect([slice(text, 6), slice(text, 0), slice(text, 6), slice(text.slice(0), 0)]).toEqual([
      '5 наурызда өтті.',
      text,
      '5 наурызда өтті.',
      text,
    ]);
    expect(read).toEqual(['6', '0']);
    forgetTexts();
    slice(text, 6);
    expect(read).toEqual(['6', '0', '6']);
  });

  it('remembers an undefined answer too', () => {
    let reads = 0;
    const none = memoByTextAnd((_t: string, _k: string) => (reads++, undefined));
    none('a', 'k');
    none('a', 'k');
    expect(reads).toBe(1);
  });
});

describe('rememberTests', () => {
  const words = ['еске', 'салайық', 'съезд', 'өтті', 'напомним', 'Напомним', ',', ' '];
  const texts = fc.array(fc.constantFrom(...words), { maxLength: 8 }).map((w) => w.join(' '));

  it('answers as the pattern does, asked once or again, in any order', () => {
    const raw = /(?<![\p{L}])(?:еске\s+салайық|напомним)(?![\p{L}])/iu;
    const remembered = rememberTests(new RegExp(raw.source, raw.flags));
    fc.assert(
      fc.property(fc.array(texts, { maxLength: 12 }), (asked) => {
        for (const t of [...asked, ...asked]) expect(remembered.test(t)).toBe(raw.test(t));
      }),
    );
  });

  it('matches a text the pattern reads once only, until the texts are forgotten', () => {
    let reads = 0;
    const pattern = /съезд/u;
    const counted = Object.defineProperty(pattern, 'exec', {
      value: (t: string) => (reads++, RegExp.prototype.exec.call(/съезд/u, t)),
    });
    const remembered = rememberTests(counted);
    expect([remembered.test('Съезд өтті, съезд'), remembered.test('Съезд өтті, съезд')]).toEqual([
      true,
      true,
    ]);
    expect(reads).toBe(1);
    forgetTexts();
    remembered.test('Съезд өтті, съезд');
    expect(reads).toBe(2);
  });

  it('leaves a global or sticky pattern as it is: its test moves lastIndex', () => {
    for (const flags of ['g', 'y']) {
      const pattern = new RegExp('съезд', flags);
      const test = pattern.test;
      expect(rememberTests(pattern).test).toBe(test);
      expect(pattern.test('съезд съезд')).toBe(true);
      expect(pattern.lastIndex).toBe(5);
    }
  });
});
