import { useTranslation } from 'react-i18next';
import type { AppState } from '../state/createAppStore';
import { useAppStore } from '../state/StoreContext';
import { MODES } from '../state/viewState';
import { SegmentedChoice } from './SegmentedChoice';

const selectMode = (s: AppState) => s.mode;
const selectSetMode = (s: AppState) => s.setMode;

/** Timeline, list or sources: three views of the same filtered events. */
export function ModeSwitch() {
  const { t } = useTranslation();
  const mode = useAppStore(selectMode);
  const setMode = useAppStore(selectSetMode);
  return (
    <SegmentedChoice
      legend={t('mode.label')}
      value={mode}
      options={MODES.map((m) => ({ value: m, label: t(`mode.${m}`) }))}
      onChange={setMode}
    />
  );
}
