/**
 * Lines are read without a regexp: `/[^\n]+/` over a long article written as one line overflowed
 * the regexp engine's backtracking stack ("Maximum call stack size exceeded" now and then on 5 MB,
 * always on 40 MB), and the article failed. The same lines and offsets as that match gave.
 */
import { describe, expect, it } from 'vitest';
import { lines } from '../../../../scripts/extract/arguments/lines';
import { findCaptionPersons } from '../../../../scripts/extract/arguments/findCaptionPersons';
import { findQuotes } from '../../../../scripts/extract/arguments/findQuotes';

const TEXTS = [
  '',
  '\n',
  'а',
  'а\nб',
  '\n\nа\n\nбв\n',
  'Бірінші жол.\r\nЕкінші\n \n– Сөз, – деді ол.',
];

describe('lines of a text', () => {
  it.each(TEXTS)('as /[^\\n]+/ gives them: %j', (text) => {
    const byRegExp = [...text.matchAll(/[^\n]+/gu)].map((m) => ({ line: m[0], start: m.index }));
    expect([...lines(text)]).toEqual(byRegExp);
  });
  const long = 'Сенат заңды қабылдады, – деді ол. '.repeat(1_200_000); // about 40 MB, one line
  it('a 40 MB article on one line: quotes and caption speakers are read, no stack overflow', () => {
    expect(() => findQuotes(long, 'kk', [])).not.toThrow();
    expect(findCaptionPersons(long)).toEqual([]);
  });
});
