import { describe, expect, it } from 'vitest';
import { readRoman } from '../../../../../scripts/extract/locales/common/readRoman';

describe('readRoman', () => {
  it.each([
    ['xxi', 21],
    ['xix', 19],
    ['xiv', 14],
    ['хх', 20], // Cyrillic х
    ['ххі', 21], // Cyrillic х and Kazakh і
    ['iv', 4],
  ])('readRoman(%j) = %d', (low, value) => {
    expect(readRoman(low)).toBe(value);
  });

  it.each(['', 'iiii', 'xxxx', 'ixx', 'vv', 'мың'])('readRoman(%j) is undefined', (low) => {
    expect(readRoman(low)).toBeUndefined();
  });
});
