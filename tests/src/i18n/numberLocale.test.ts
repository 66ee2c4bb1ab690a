import { describe, expect, it } from 'vitest';
import { numberLocale } from '../../../src/i18n/numberLocale';

describe('numberLocale', () => {
  it('formats Kazakh numbers with a space between thousands and a decimal comma', () => {
    const f = (lang: string, n: number) => new Intl.NumberFormat(numberLocale(lang)).format(n);
    expect(f('kk', 1500).replace(/\s/gu, ' ')).toBe('1 500');
    expect(f('kk-latn', 77.18)).toBe('77,18');
    expect(f('en', 1500)).toBe('1,500');
  });
});
