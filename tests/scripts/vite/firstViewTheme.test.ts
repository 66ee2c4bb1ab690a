import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { systemThemeCss } from '../../../scripts/vite/firstViewTheme';

const themeCss = readFileSync(new URL('../../../src/styles/theme.css', import.meta.url), 'utf8');

describe('systemThemeCss', () => {
  it('systemThemeCss(theme.css) gives the dark and contrast themes by media query until <html> has a data-theme', () => {
    const css = systemThemeCss(themeCss);
    const dark =
      /@media \(prefers-color-scheme: dark\)\{:root:not\(\[data-theme\]\)\{([^}]*)\}\}/u.exec(css);
    const contrast =
      /@media \(prefers-contrast: more\)\{:root:not\(\[data-theme\]\)\{([^}]*)\}\}/u.exec(css);
    // The colours are theme.css's own: the dark page's background and the contrast theme's links.
    expect(dark?.[1]).toContain('color-scheme: dark;');
    expect(dark?.[1]).toContain('--bg: #121417;');
    expect(contrast?.[1]).toContain('--link: #ffff00;');
    // As in the app (src/startApp.tsx), more contrast wins over dark: its rule comes last.
    expect(css.indexOf('prefers-contrast')).toBeGreaterThan(css.indexOf('prefers-color-scheme'));
  });

  it('systemThemeCss(css) takes the colours from the file it is given, and says when a theme is missing', () => {
    const css =
      "[data-theme='dark'] { --bg: #000001; /* why */ }\n[data-theme='contrast'] { --bg: #000002; }";
    expect(systemThemeCss(css)).toContain('{--bg: #000001;}');
    expect(systemThemeCss(css)).toContain('{--bg: #000002;}');
    expect(() => systemThemeCss("[data-theme='dark'] { --bg: #000; }")).toThrow(/contrast/u);
  });
});
