import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Lang } from '../state/viewState';
import { CLASSROOM_NAMESPACE, loadClassroomStrings } from './loadClassroomStrings';
import { loadDateLocale } from './dateLocale';
import { loadMessages } from './loadMessages';

/** <html lang> per UI language (BCP 47: the Latin script is a subtag). */
export const HTML_LANG: Readonly<Record<Lang, string>> = {
  kk: 'kk',
  'kk-latn': 'kk-Latn',
  ru: 'ru',
  en: 'en',
};

/**
 * Make a language ready: its strings, the classroom tools' strings ('classroom' namespace, read
 * with classroomT) and its date-fns locale loaded into the i18next instance.
 */
export async function ensureLanguage(instance: i18n, lang: Lang): Promise<void> {
  const [messages, classroom] = await Promise.all([
    loadMessages(lang),
    loadClassroomStrings(lang),
    loadDateLocale(lang),
  ]);
  if (!instance.hasResourceBundle(lang, 'translation')) {
    instance.addResourceBundle(lang, 'translation', messages);
  }
  if (!instance.hasResourceBundle(lang, CLASSROOM_NAMESPACE)) {
    instance.addResourceBundle(lang, CLASSROOM_NAMESPACE, classroom);
  }
}

/** Load and switch; also sets <html lang> so screen readers pick the right voice. */
export async function switchLanguage(instance: i18n, lang: Lang, doc?: Document): Promise<void> {
  await ensureLanguage(instance, lang);
  await instance.changeLanguage(lang);
  if (doc !== undefined) doc.documentElement.lang = HTML_LANG[lang];
}

/**
 * A fresh i18next instance with only `lang` loaded (others come on demand).
 * @example const i18n = await setupI18n('kk', document)
 */
export async function setupI18n(lang: Lang, doc?: Document): Promise<i18n> {
  const instance = i18next.createInstance();
  await instance.use(initReactI18next).init({
    lng: lang,
    // Our codes ('kk-latn') are not region codes: load exactly the one asked for, never 'kk' for it.
    load: 'currentOnly',
    fallbackLng: false,
    supportedLngs: ['kk', 'ru', 'en', 'kk-latn'],
    lowerCaseLng: true,
    resources: {},
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  await switchLanguage(instance, lang, doc);
  return instance;
}
