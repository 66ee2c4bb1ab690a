/**
 * A file name for an export: "shejire-<lang>-<what>.<ext>". No date in the name, so the same
 * view always gives the same name (teachers re-export and overwrite, and tests stay stable).
 * @example exportFileName('kk', 'events', 'csv') // 'shejire-kk-events.csv'
 */
export function exportFileName(lang: string, what: string, ext: string): string {
  const clean = (s: string) =>
    s
      .toLowerCase()
      .replace(/[^a-z0-9-]+/gu, '-')
      .replace(/^-|-$/gu, '');
  return `shejire-${clean(lang)}-${clean(what)}.${ext}`;
}
