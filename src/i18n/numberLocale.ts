/**
 * The locale whose number conventions a UI language uses. Kazakh writes numbers as Russian does
 * ("1 500", "77,18"), and browsers whose ICU has no Kazakh data (Debian's Chromium among them)
 * fall back to English "1,500" for `kk`: so Kazakh numbers are formatted with `ru` rules.
 */
export function numberLocale(lang: string): string {
  return lang === 'kk' || lang.startsWith('kk-') ? 'ru' : lang;
}
