import { describe, expect, it } from 'vitest';
import { kkToRu, toLatinTitle, toSlug } from '../../../../scripts/extract/arguments/transliterate';

describe('transliterate', () => {
  it('toSlug(text) gives ASCII ids from Kazakh and Russian', () => {
    expect(toSlug('Бәйтерек')).toBe('baiterek');
    expect(toSlug('СНПС-Ақтөбемұнайгаз')).toBe('snps-aktobemunaigaz');
    expect(toSlug('«»')).toBe('');
  });
  it('toLatinTitle(text) keeps word capitals', () => {
    expect(toLatinTitle('Жаңаөзен')).toBe('Zhanaozen');
  });
  it('kkToRu(text) swaps Kazakh-only letters', () => {
    expect(kkToRu('Құрманәлиев')).toBe('Курманалиев');
  });
});
