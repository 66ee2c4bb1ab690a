/**
 * The closing future is read from the clause's last two words (locales/kk/events/closingFuture.ts):
 * every form of it is one word or two with a lookbehind into the word before, so the clause holds
 * one exactly when the pattern, tried at every word, finds one. Checked against that pattern on
 * generated clauses of future forms, look-alikes, the converb before a verb of motion, other
 * scripts' letters, a combining mark outside the basic plane and closing punctuation.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KK_CLOSING_FUTURE } from '../../../../../../scripts/extract/locales/kk/events/closingFuture';
import { KK_INTENTION_WORD } from '../../../../../../scripts/extract/locales/kk/intentionForm';
import { withExplicitClasses } from '../../../../../../scripts/extract/letterClasses';

const L = String.raw`[\p{L}\p{M}]`;
const START = String.raw`(?<![\p{L}\p{M}])`;
const END = String.raw`(?![\p{L}\p{M}])`;
/** The pattern as it stood before, tried at every word of the clause (the intention: intentionForm.ts). */
const EVERY_WORD = withExplicitClasses(
  new RegExp(
    String.raw`${START}(?:${KK_INTENTION_WORD}|${L}{2,}(?:атын|етін|йтын|йтін)\s+болады|(?:(?:ұшып|барып|келіп|аттанып)\s+|(?<![\p{L}\p{M}]п\s+))(?:келеді|барады|ұшады|аттанады))${END}[\s.!?»"”)]*$`,
    'iu',
  ),
);

const WORDS = [
  'Сенат',
  'шартты',
  'ратификацияламақ',
  'өткізбекпіз',
  'қабылдайтын',
  'болады',
  'көмек',
  'келеді',
  'басқарып',
  'ұшып',
  'п',
  'барады',
  'заң',
  'mak',
  'x\u{1D165}мақ',
  '中мақ',
];
const GAPS = [' ', '  ', ', ', '-', '\n', '.', ' » ', ')', '2025'];
const clause = fc
  .array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...GAPS)), { maxLength: 8 })
  .chain((parts) =>
    fc
      .constantFrom('', '.', ' .', '»', '!)', ' 5')
      .map(
        (tail) => parts.map(([w, g], i) => (i === parts.length - 1 ? w : w + g)).join('') + tail,
      ),
  );

describe('the closing future read from the last two words', () => {
  it('holds exactly where the pattern tried at every word did (property)', () => {
    fc.assert(
      fc.property(clause, (t) => KK_CLOSING_FUTURE.test(t) === EVERY_WORD.test(t)),
      { numRuns: 3000 },
    );
  });
  it.each([
    ['Сенат шартты ратификацияламақ.', true],
    ['Сенат шартты ратификацияламақ, бірақ кейін', false],
    ['Заң қабылдайтын болады', true],
    ['Ол елді басқарып келеді.', false],
    ['Тоқаев Анкараға ұшып барады', true],
    ['Көмек', false],
  ])('"%s": %s', (t, want) => {
    expect(KK_CLOSING_FUTURE.test(t)).toBe(want);
    expect(EVERY_WORD.test(t)).toBe(want);
  });
});
