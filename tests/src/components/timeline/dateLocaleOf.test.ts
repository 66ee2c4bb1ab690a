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
});
