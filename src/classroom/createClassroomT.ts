import en from '../i18n/locales/classroom/en.json';
import kk from '../i18n/locales/classroom/kk.json';
import ru from '../i18n/locales/classroom/ru.json';
import { toKazakhLatin } from '../model/translit';

/** The translate function the classroom components take: i18next's `t` fits this shape. */
export type ClassroomT = (key: string, values?: Record<string, string | number>) => string;

/** The 'classroom' namespace, for the shell to register with i18next. */
export const CLASSROOM_RESOURCES = { kk, ru, en } as const;
export const CLASSROOM_NAMESPACE = 'classroom';

function lookup(tree: unknown, key: string): string | undefined {
  const v = key
    .split('.')
    .reduce<unknown>((node, k) => (node as Record<string, unknown> | undefined)?.[k], tree);
  return typeof v === 'string' ? v : undefined;
}

/**
 * A stand-alone `t` over the classroom strings, for the embed page and tests (the app passes
 * i18next's `t` bound to the 'classroom' namespace instead). Falls back to Kazakh, then to
 * the key, and fills {{name}} placeholders as i18next does.
 * @example createClassroomT('en')('presentation.progress', { current: 3, total: 9 }) // 'Event 3 of 9'
 */
export function createClassroomT(lang: string): ClassroomT {
  const tree = CLASSROOM_RESOURCES[lang.slice(0, 2) as keyof typeof CLASSROOM_RESOURCES] ?? kk;
  // Kazakh Latin is the Kazakh text in the 2021 alphabet (placeholders are ASCII, so they survive).
  const script = lang === 'kk-latn' ? toKazakhLatin : (s: string) => s;
  return (key, values = {}) =>
    script(lookup(tree, key) ?? lookup(kk, key) ?? key).replace(
      /\{\{\s*(\w+)\s*\}\}/gu,
      (_, name: string) => (name in values ? String(values[name]) : `{{${name}}}`),
    );
}
