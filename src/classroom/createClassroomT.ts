import en from '../i18n/locales/classroom/en.json';
import kk from '../i18n/locales/classroom/kk.json';
import ru from '../i18n/locales/classroom/ru.json';
import { classroomT, type ClassroomT } from './classroomT';

export type { ClassroomT } from './classroomT';

/** Every language's classroom strings (the app loads one language's: loadClassroomStrings). */
export const CLASSROOM_RESOURCES = { kk, ru, en } as const;

/**
 * A stand-alone `t` over the classroom strings of every language, for the embed page, the tools'
 * own code and tests (the app's shell passes one over the strings i18next loaded with the
 * language instead, so the first load carries one language's). Falls back to Kazakh, then to
 * the key, and fills {{name}} placeholders as i18next does.
 * @example createClassroomT('en')('presentation.progress', { current: 3, total: 9 }) // 'Event 3 of 9'
 */
export function createClassroomT(lang: string): ClassroomT {
  const tree = CLASSROOM_RESOURCES[lang.slice(0, 2) as keyof typeof CLASSROOM_RESOURCES] ?? kk;
  return classroomT(tree, lang, kk);
}
