import { toKazakhLatin } from '../model/translit';

/** The translate function the classroom components take: i18next's `t` fits this shape. */
export type ClassroomT = (key: string, values?: Record<string, string | number>) => string;

function lookup(tree: unknown, key: string): string | undefined {
  const v = key
    .split('.')
    .reduce<unknown>((node, k) => (node as Record<string, unknown> | undefined)?.[k], tree);
  return typeof v === 'string' ? v : undefined;
}

/**
 * A `t` over one tree of classroom strings (a locale file of src/i18n/locales/classroom/), then
 * `fallback`'s, then the key; fills {{name}} placeholders as i18next does. Kazakh Latin is the
 * Kazakh text in the 2021 alphabet (placeholders are ASCII, so they survive).
 * @example classroomT(en, 'en')('presentation.progress', { current: 3, total: 9 }) // 'Event 3 of 9'
 */
export function classroomT(tree: unknown, lang: string, fallback?: unknown): ClassroomT {
  const script = lang === 'kk-latn' ? toKazakhLatin : (s: string) => s;
  return (key, values = {}) =>
    script(lookup(tree, key) ?? lookup(fallback, key) ?? key).replace(
      /\{\{\s*(\w+)\s*\}\}/gu,
      (_, name: string) => (name in values ? String(values[name]) : `{{${name}}}`),
    );
}
