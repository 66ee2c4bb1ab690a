import { describe, expect, it } from 'vitest';
import { precisionOf } from '../../../src/curation/precisionOf';

describe('precisionOf(edtf)', () => {
  it.each([
    ['2026-03-14', 'day'],
    ['2026-03', 'month'],
    ['2026-22', 'season'],
    ['2026', 'year'],
    ['2026-03-01/2026-03-20', 'interval'],
    ['2026-03-01/..', 'interval'],
    [' 2026-02-28 ', 'day'],
  ])('reads %s as %s', (edtf, precision) => {
    expect(precisionOf(edtf)).toBe(precision);
  });

  it.each(['', '5 March', '2026-02-30', '2026-13', '26-03-01', '../..', '2026-03-01/soon'])(
    'refuses %j',
    (edtf) => {
      expect(precisionOf(edtf)).toBeNull();
    },
  );
});
