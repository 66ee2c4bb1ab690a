import { useTranslation } from 'react-i18next';
import { HTML_LANG } from '../i18n/setupI18n';
import type { AppState } from '../state/createAppStore';
import { useAppStore } from '../state/StoreContext';
import { LANGS, isLang } from '../state/viewState';

const selectLang = (s: AppState) => s.lang;
const selectSetLang = (s: AppState) => s.setLang;

/** Language picker; each language is named in itself so a reader can always find their own. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const lang = useAppStore(selectLang);
  const setLang = useAppStore(selectSetLang);
  return (
    <label className="header-control">
      <span className="header-control-label">{t('lang.label')}</span>
      <select
        value={lang}
        onChange={(e) => {
          if (isLang(e.target.value)) setLang(e.target.value);
        }}
      >
        {LANGS.map((l) => (
          <option key={l} value={l} lang={HTML_LANG[l]}>
            {t(`lang.${l}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
