import type { Localized } from '../model/schema';

/**
 * The UI language as the classroom modules see it. Kazakh Latin ('kk-Latn') reads the Kazakh
 * text: transliteration, if any, is the shell's job, so these modules stay language-agnostic.
 */
export type ClassroomLang = 'kk' | 'ru' | 'en' | 'kk-Latn';

/** Story texts may lack a translation; Kazakh is the one language every text must have. */
export type PartialLocalized = { kk: string; ru?: string; en?: string };

/**
 * Picks the text for `lang`, falling back to Kazakh (the project's first language).
 * @example localize({ kk: 'Сайлау', ru: 'Выборы', en: 'Election' }, 'ru') // 'Выборы'
 */
export function localize(text: Localized | PartialLocalized, lang: string): string {
  const key = lang.slice(0, 2);
  if (key === 'ru' && text.ru) return text.ru;
  if (key === 'en' && text.en) return text.en;
  return text.kk;
}
