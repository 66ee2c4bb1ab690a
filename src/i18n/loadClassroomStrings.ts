import type { Lang } from '../state/viewState';
import type kk from './locales/classroom/kk.json';

export type ClassroomStrings = typeof kk;

/** The i18next namespace the classroom strings are kept in, beside the app's 'translation'. */
export const CLASSROOM_NAMESPACE = 'classroom';

// One dynamic import per language, as for the app's strings (loadMessages), so the first load
// carries only the current language's. Kazakh Latin reads the Kazakh file (classroomT transliterates).
const LOADERS: Record<'kk' | 'ru' | 'en', () => Promise<{ default: ClassroomStrings }>> = {
  kk: () => import('./locales/classroom/kk.json'),
  ru: () => import('./locales/classroom/ru.json'),
  en: () => import('./locales/classroom/en.json'),
};

/**
 * The classroom tools' strings of a language (src/i18n/locales/classroom/).
 * @example const strings = await loadClassroomStrings('ru')
 */
export async function loadClassroomStrings(lang: Lang): Promise<ClassroomStrings> {
  return (await LOADERS[lang === 'kk-latn' ? 'kk' : lang]()).default;
}
