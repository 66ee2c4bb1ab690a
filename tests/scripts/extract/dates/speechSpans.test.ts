/**
 * speechSpans reads only the quotation marks and line breaks of a text (dates/quotedClause.ts): it
 * pairs them as a reading of every character does, on texts of marks nested, unclosed, mixed and
 * broken by lines.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { speechSpans } from '../../../../scripts/extract/dates/quotedClause';

const CLOSING: Record<string, string> = { '«': '»', '“': '”', '"': '"' };

/** The pairing read character by character: the outermost quotation of three words or more. */
function everyCharacter(text: string): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  let open = -1;
  let close = '';
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\n') {
      open = -1;
      depth = 0;
    } else if (open >= 0 && ch === close) {
      depth -= 1;
      if (depth > 0) continue;
      if ((text.slice(open + 1, i).match(/[\p{L}\p{N}]+/gu)?.length ?? 0) >= 3)
        spans.push({ start: open + 1, end: i });
      open = -1;
    } else if (open >= 0 && ch === text[open] && ch !== close) depth += 1;
    else if (open < 0 && ch in CLOSING) {
      open = i;
      close = CLOSING[ch]!;
      depth = 1;
    }
  }
  return spans;
}

const piece = fc.constantFrom(
  '«',
  '»',
  '“',
  '”',
  '"',
  '\n',
  ' ',
  'біз ',
  'өткіземіз ',
  '2022 ',
  'Аманат',
  ', — ',
);

describe('speechSpans', () => {
  it('pairs the marks as reading every character does (property)', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (ps) => {
        const t = ps.join('');
        expect(speechSpans(t)).toEqual(everyCharacter(t));
      }),
      { numRuns: 2000 },
    );
  });

  it.each([
    ['«Біз референдумды өткіземіз», — деді ол.', [{ start: 1, end: 27 }]],
    ['«Аманат» партиясы', []],
    ['«Біз «Аманат» партиясын қолдаймыз», — деді.', [{ start: 1, end: 33 }]],
    ['«Біз референдумды\nөткіземіз»', []],
    ['"Мы проведём выборы" и "это всё"', [{ start: 1, end: 19 }]],
  ])('reads %j', (t, want) => {
    expect(speechSpans(t)).toEqual(want);
    expect(speechSpans(t)).toEqual(everyCharacter(t));
  });
});
