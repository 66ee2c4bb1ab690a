import { useTranslation } from 'react-i18next';
import type { AppState } from '../state/createAppStore';
import { useAppStore } from '../state/StoreContext';
import { COLOR_THEMES, isColorTheme } from '../state/viewState';

const selectTheme = (s: AppState) => s.theme;
const selectSetTheme = (s: AppState) => s.setTheme;

/** Light, dark or high-contrast colours (the projector in a sunny classroom needs the last). */
export function ThemeSwitch() {
  const { t } = useTranslation();
  const theme = useAppStore(selectTheme);
  const setTheme = useAppStore(selectSetTheme);
  return (
    <label className="header-control">
      <span className="header-control-label">{t('theme.label')}</span>
      <select
        value={theme}
        onChange={(e) => {
          if (isColorTheme(e.target.value)) setTheme(e.target.value);
        }}
      >
        {COLOR_THEMES.map((c) => (
          <option key={c} value={c}>
            {t(`theme.${c}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
