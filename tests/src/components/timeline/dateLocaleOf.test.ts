import { describe, expect, it } from 'vitest';
import {
  defaultDateFormatOf,
  defaultTickFormatOf,
} from '../../../../src/components/timeline/dateLocaleOf';

const march = Date.UTC(2022, 2, 1);

describe('defaultTickFormatOf', () => {
  it("defaultTickFormatOf('kk-latn') writes Kazakh month names in Latin letters", () => {
    const latin = defaultTickFormatOf('kk-latn')({ ms: march, key: 'month', major: false });
    const cyrillic = defaultTickFormatOf('kk')({ ms: march, key: 'month', major: false });
    expect(cyrillic).toMatch(/[\u0400-\u04FF]/u);
    expect(latin).not.toMatch(/[\u0400-\u04FF]/u);
    expect(latin.toLowerCase()).toMatch(/^nau/);
  });
  it("defaultDateFormatOf('kk-latn') transliterates event dates", () => {
    expect(defaultDateFormatOf('kk-latn')(march, 'month')).toMatch(/^nauryz 2022$/i);
  });

  const spring = Date.UTC(2024, 0, 1);
  it.each([
    ['kk', '21', '2024 жылдың көктемі'],
    ['kk', '24', '2024 жылдың қысы'],
    ['ru', '22', 'лето 2024 г.'],
    ['ru', '23', 'осень 2024 г.'],
    ['en', '21', 'Spring 2024'],
    ['en', '24', 'Winter 2024'],
    ['kk-latn', '22', '2024 jyldyñ jazy'],
  ] as const)('defaultDateFormatOf(%s) names season %s of a year: %s', (lang, season, text) => {
    expect(defaultDateFormatOf(lang)(spring, 'year', season)).toBe(text);
    expect(defaultDateFormatOf(lang)(spring, 'year')).toBe('2024');
  });
});
