import { describe, expect, it } from 'vitest';
import { scoreKaznerd } from '../../../scripts/eval/scoreKaznerd';

const D = (start: number, end: number, label = 'DATE') => ({ start, end, label });

describe('scoreKaznerd', () => {
  it('scoreKaznerd counts a calendar hit, a boundary error and an unannotated find as the judging scorer does', () => {
    const text = '2022 жылы 5 наурызда және биыл';
    const s = scoreKaznerd([
      {
        text,
        gold: [D(0, 9), D(10, 20)],
        // exact "2022 жылы"; "5 наурыз" cut short (boundary FP); "биыл" touches no gold (FP).
        pred: [D(0, 9), D(10, 18), D(26, 30)],
      },
    ]);
    expect(s.calendar).toMatchObject({ tp: 1, fp: 2, fn: 1 });
    expect(s.all).toMatchObject({ tp: 1, fp: 2, fn: 1 });
  });

  it('scoreKaznerd ignores, for the calendar figure, a find that only touches a relative date or a time', () => {
    const text = 'биыл сағат 10-да';
    const s = scoreKaznerd([
      { text, gold: [D(0, 4), D(5, 16, 'TIME')], pred: [D(0, 4), D(5, 16)] },
    ]);
    expect(s.calendar).toMatchObject({ tp: 0, fp: 0, fn: 0 });
    expect(s.all).toMatchObject({ tp: 1, fp: 1, fn: 0 });
  });
});
