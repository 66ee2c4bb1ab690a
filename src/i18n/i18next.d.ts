// Typed keys: t('bad.key') fails to compile. The Kazakh file is the reference for all languages.
import 'i18next';
import type kk from './locales/kk.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof kk };
  }
}
