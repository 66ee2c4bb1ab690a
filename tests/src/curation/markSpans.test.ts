import { describe, expect, it } from 'vitest';
import { markRuns } from '../../../src/curation/markSpans';

describe('markRuns(text, marks)', () => {
  it('cuts the text at every mark edge and says what covers each run', () => {
    const runs = markRuns('ab cd ef', [
      { start: 0, end: 5, kind: 'event', index: 0 },
      { start: 3, end: 5, kind: 'date', index: 0 },
      { start: 6, end: 8, kind: 'date', index: -1 },
    ]);
    expect(runs).toEqual([
      { text: 'ab ', start: 0, event: 0, date: false },
      { text: 'cd', start: 3, event: 0, date: true },
      { text: ' ', start: 5, date: false },
      { text: 'ef', start: 6, date: true },
    ]);
  });

  it('ignores marks outside the text and keeps the whole text', () => {
    const runs = markRuns('abc', [{ start: 2, end: 9, kind: 'date', index: -1 }]);
    expect(runs.map((r) => r.text).join('')).toBe('abc');
    expect(runs.some((r) => r.date)).toBe(false);
  });
});
