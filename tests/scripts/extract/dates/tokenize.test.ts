import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize, type Token } from '../../../../scripts/extract/dates/tokenize';

// The tokenizer's definition, as a regex: the char-code scanner must give exactly these tokens.
const TOKEN = /(\p{N}{1,64})|([\p{L}\p{M}]{1,256})|([-‐‑‒–—])|[^\s\p{L}\p{N}\p{M}]/gu;
function reference(text: string): Token[] {
  const out: Token[] = [];
  let prevEnd = -1;
  for (const m of text.matchAll(TOKEN)) {
    const t = m[0];
    const kind = m[1] ? 'number' : m[2] ? 'word' : m[3] ? 'dash' : 'punct';
    out.push({
      start: m.index,
      end: m.index + t.length,
      text: t,
      low: t.toLowerCase(),
      kind,
      glued: m.index === prevEnd,
    });
    prevEnd = m.index + t.length;
  }
  return out;
}

const ODD = 'аәБ1١²½Ⅻ -–—.,\u00a0\u2003\n😀𝐀İΣ\ud800\udc00e\u0301';

describe('tokenize', () => {
  it.each([
    ['2020-сыншы жылы, 5 наурыз!'],
    ['a\u00a0b\u2003c 😀x 𝐀𝐁 \ud800 z\udc00 y'],
    ['а'.repeat(600) + '1'.repeat(200)],
    ['e\u0301t\u0301é—–x'],
  ])('tokenize(%j) matches the regex definition', (text) => {
    expect(tokenize(text)).toEqual(reference(text));
  });

  it('tokenize matches the regex definition on arbitrary text', () => {
    const odd = fc.string({ unit: fc.constantFrom(...ODD.split('')), maxLength: 300 });
    const any = fc.string({ unit: 'binary', maxLength: 80 });
    fc.assert(
      fc.property(fc.oneof(odd, any), (s) => {
        expect(tokenize(s)).toEqual(reference(s));
      }),
      { numRuns: 3000 },
    );
  });
});
