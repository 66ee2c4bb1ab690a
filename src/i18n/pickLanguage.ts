import { isLang, type Lang } from '../state/viewState';

/**
 * The UI language: the URL's if it names one, else the first of navigator.languages we speak,
 * else Kazakh. "kk-Latn-KZ" picks 'kk-latn'; "ru-RU" picks 'ru'.
 */
export function pickLanguage(fromUrl: Lang | undefined, preferred: readonly string[]): Lang {
  if (fromUrl !== undefined) return fromUrl;
  for (const tag of preferred) {
    const lower = tag.toLowerCase();
    if (lower.startsWith('kk-latn')) return 'kk-latn';
    const base = lower.split('-')[0];
    if (isLang(base)) return base;
  }
  return 'kk';
}
