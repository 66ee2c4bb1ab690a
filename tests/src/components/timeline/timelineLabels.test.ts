import { describe, expect, it } from 'vitest';
import { defaultLabelsOf } from '../../../../src/components/timeline/timelineLabels';
import en from '../../../../src/i18n/locales/en.json';
import kk from '../../../../src/i18n/locales/kk.json';
import ru from '../../../../src/i18n/locales/ru.json';

describe('defaultLabelsOf', () => {
  for (const [lang, m] of Object.entries({ kk, ru, en }) as ['kk' | 'ru' | 'en', typeof kk][]) {
    it(`defaultLabelsOf('${lang}') names lanes, the region and "planned" as the app does`, () => {
      const labels = defaultLabelsOf(lang);
      expect(labels.lanes).toEqual(m.lane);
      expect(labels.region).toBe(m.timeline.label);
      expect(labels.planned).toBe(m.panel.planned);
    });
  }
});
