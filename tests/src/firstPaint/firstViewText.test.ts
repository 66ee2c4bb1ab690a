import { describe, expect, it } from 'vitest';
import { firstViewText } from '../../../src/firstPaint/firstViewText';
import { loadMessages } from '../../../src/i18n/loadMessages';
import { LANGS } from '../../../src/state/viewState';

describe('firstViewText', () => {
  it.each(LANGS)(
    '%s: the strings the app itself shows, taken from its locale file',
    async (lang) => {
      const m = await loadMessages(lang);
      expect(firstViewText(lang)).toEqual({
        app: { ...m.app },
        lane: m.lane,
        timeline: { label: m.timeline.label },
      });
    },
  );

  it('kk-latn is in Latin letters but keeps the brand name', () => {
    const t = firstViewText('kk-latn');
    expect(t.app.title).toBe(firstViewText('kk').app.title);
    expect(t.app.tagline).toMatch(/^[\p{Script=Latin}\s\p{P}]+$/u);
    expect(t.lane.elections).not.toBe(firstViewText('kk').lane.elections);
  });
});
