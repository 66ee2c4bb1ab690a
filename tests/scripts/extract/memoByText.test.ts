import { describe, expect, it } from 'vitest';
import { forgetTexts, memoByText } from '../../../scripts/extract/memoByText';

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
