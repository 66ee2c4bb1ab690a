/**
 * A long text's paragraphs are found by their line breaks, looked up once (dates/quotedClause.ts,
 * lineStart): the clause of speech read in a text of many long paragraphs is the one read in the
 * paragraph alone, at every position, quotations and all.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clauseOfSpeech } from '../../../../scripts/extract/dates/quotedClause';

const PARAGRAPHS = [
  '«Біз референдумды күзде өткіземіз», — деді Тоқаев 10 наурызда.',
  'Президент «Жаңа Қазақстан» бағдарламасын таныстырды, «Барлық уәделер орындалады» деп мәлімдеді.',
  '«Мы проведём выборы осенью», — заявил Токаев 10 марта.',
  'Сенат одобрил закон без единой поправки.',
  '',
];

/** The paragraph holding `at`, found the simple way, and `at` within it. */
function alone(text: string, at: number): { line: string; from: number } {
  const from = text.lastIndexOf('\n', at - 1) + 1;
  const stop = text.indexOf('\n', from);
  return { line: text.slice(from, stop < 0 ? text.length : stop), from };
}

describe('clauseOfSpeech in a long text', () => {
  // Texts well over the length at which breaks are looked up, paragraphs long and short.
  const text = fc
    .array(fc.tuple(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 1, max: 40 })), {
      minLength: 3,
      maxLength: 60,
    })
    .map((ps) => ps.map(([i, n]) => Array(n).fill(PARAGRAPHS[i]).join(' ')).join('\n'))
    .filter((t) => t.length > 5000);

  it('reads each position as its paragraph alone would (property)', () => {
    fc.assert(
      fc.property(
        text,
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 20 }),
        (t, where) => {
          for (const w of where) {
            const at = Math.min(t.length, Math.floor(w * t.length));
            const end = Math.min(t.length, at + 5);
            const { line, from } = alone(t, at);
            if (end > from + line.length) continue; // (words across a break: not a clause)
            expect(clauseOfSpeech(t, at, end)).toEqual(clauseOfSpeech(line, at - from, end - from));
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  // Every paragraph's first word and the word closing the paragraph before it.
  const long = PARAGRAPHS.map((p) => p.repeat(30))
    .join('\n')
    .repeat(3);
  const starts = [...long.matchAll(/\n/gu)].map((m) => m.index + 1);
  it.each(starts)('reads the words at a paragraph start, %i, in that paragraph', (at) => {
    for (const a of [at, at - 1]) {
      const { line, from } = alone(long, a);
      const end = Math.min(a + 3, from + line.length);
      expect(clauseOfSpeech(long, a, end)).toEqual(clauseOfSpeech(line, a - from, end - from));
    }
  });

  it.each([0, 1, 2])('reads the first paragraph from its start (break at %i)', (k) => {
    const t = `${'\n'.repeat(k)}${PARAGRAPHS[0]!.repeat(200)}\n${PARAGRAPHS[3]}`;
    const at = k + 3;
    const { line, from } = alone(t, at);
    expect(clauseOfSpeech(t, at, at + 4)).toEqual(clauseOfSpeech(line, at - from, at - from + 4));
  });
});
