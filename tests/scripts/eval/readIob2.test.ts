import { describe, expect, it } from 'vitest';
import { readIob2 } from '../../../scripts/eval/readIob2';
import { scoreSpans } from '../../../scripts/eval/scoreSpans';
import { isCalendarAnchored } from '../../../scripts/eval/isCalendarAnchored';

describe('readIob2', () => {
  it('readIob2 joins tokens with spaces and turns B-/I- runs into char spans', () => {
    const [s, t] = readIob2(
      '2020-сыншы B-DATE\nжылы I-DATE\nсайлау O\n\nБиыл B-DATE\nI-TIME I-TIME\n',
    );
    expect(s).toEqual({
      text: '2020-сыншы жылы сайлау',
      spans: [{ start: 0, end: 15, label: 'DATE' }],
    });
    expect(t!.spans).toEqual([
      { start: 0, end: 4, label: 'DATE' },
      { start: 5, end: 11, label: 'TIME' },
    ]);
  });
});

describe('scoreSpans', () => {
  it('scoreSpans counts exact matches only', () => {
    expect(scoreSpans(['0:0:4', '1:0:3'], ['0:0:4', '0:0:5'])).toMatchObject({
      tp: 1,
      fp: 1,
      fn: 1,
      f1: 0.5,
    });
    expect(scoreSpans([], []).f1).toBe(0);
  });
});

describe('isCalendarAnchored', () => {
  it('isCalendarAnchored accepts months, years in digits or words, numeric dates', () => {
    expect(
      ['2020-сыншы жылы', 'қаңтарда', 'екі мың жиырмасыншы жылы', '13.02.2026'].map(
        isCalendarAnchored,
      ),
    ).toEqual([true, true, true, true]);
    expect(['биыл', '5 жылға', 'Қазақстанда'].map(isCalendarAnchored)).toEqual([
      false,
      false,
      false,
    ]);
  });
});
