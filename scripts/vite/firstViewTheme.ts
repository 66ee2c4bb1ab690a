/**
 * The static first view in the reader's colour theme. The app chooses the theme from the system
 * (more contrast → 'contrast', else dark → 'dark', else 'light'; src/startApp.tsx) and writes it as
 * <html data-theme>. Before any script there is no such attribute, so theme.css alone paints the
 * first view light and the app then turns a dark reader's whole page dark at takeover. These rules
 * apply the same themes from the same media queries while <html> has no data-theme, with the
 * colours read from theme.css itself (one source).
 */

/** The declarations of theme.css's `[data-theme='<name>']` block, on one line. */
function themeBlock(themeCss: string, name: string): string {
  const css = themeCss.replace(/\/\*[^]*?\*\//gu, '');
  const block = new RegExp(`\\[data-theme='${name}'\\]\\s*\\{([^}]*)\\}`, 'u').exec(css)?.[1];
  if (block === undefined) throw new Error(`theme.css has no [data-theme='${name}'] block`);
  return block.replace(/\s+/gu, ' ').trim();
}

/**
 * CSS for the first view: the dark and contrast themes by media query until the app sets one
 * (contrast last, so it wins as it does in the app).
 * @example systemThemeCss(readFileSync('src/styles/theme.css', 'utf8'))
 */
export function systemThemeCss(themeCss: string): string {
  const until = ':root:not([data-theme])';
  return (
    `@media (prefers-color-scheme: dark){${until}{${themeBlock(themeCss, 'dark')}}}` +
    `@media (prefers-contrast: more){${until}{${themeBlock(themeCss, 'contrast')}}}`
  );
}
