import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// WCAG 2.2 contrast ratio from the colours actually written in theme.css.
const css = readFileSync(new URL('../../../src/styles/theme.css', import.meta.url), 'utf8');

function themeVars(selector: string): Record<string, string> {
  const start = css.indexOf(selector);
  const block = css.slice(css.indexOf('{', start) + 1, css.indexOf('}', start));
  return Object.fromEntries(
    [...block.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})/giu)].map((m) => [
      m[1] as string,
      m[2] as string,
    ]),
  );
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const LANES = ['party', 'elections', 'constitution', 'reforms', 'society', 'international'];
const THEMES = ["[data-theme='light']", "[data-theme='dark']", "[data-theme='contrast']"];

describe('theme.css', () => {
  it.each(THEMES)('%s text pairs reach 4.5:1 and borders 3:1', (selector) => {
    const v = { ...themeVars(":root,\n[data-theme='light']"), ...themeVars(selector) };
    const get = (k: string) => v[k] as string;
    for (const [fg, bg] of [
      ['text', 'bg'],
      ['text', 'surface'],
      ['muted', 'bg'],
      ['muted', 'surface'],
      ['link', 'bg'],
      ['link', 'surface'],
      ['on-accent', 'accent'],
      ['mark-text', 'mark-bg'],
      ['badge-text', 'badge-bg'],
      ['danger', 'surface'],
    ] as const) {
      expect([selector, fg, bg, contrast(get(fg), get(bg)) >= 4.5]).toEqual([
        selector,
        fg,
        bg,
        true,
      ]);
    }
    expect(contrast(get('border'), get('bg'))).toBeGreaterThanOrEqual(3);
    expect(contrast(get('focus'), get('bg'))).toBeGreaterThanOrEqual(3);
  });

  it.each(THEMES)(
    '%s lane colours carry white badge text and stand out from the page',
    (selector) => {
      const v = { ...themeVars(":root,\n[data-theme='light']"), ...themeVars(selector) };
      for (const lane of LANES) {
        const c = v[`lane-${lane}`] as string;
        expect([lane, contrast(c, '#ffffff') >= 4.5]).toEqual([lane, true]);
        expect([lane, contrast(c, v.bg as string) >= 3]).toEqual([lane, true]);
      }
    },
  );
});
