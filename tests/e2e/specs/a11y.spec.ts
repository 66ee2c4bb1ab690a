// Accessibility is part of correctness: axe-core finds nothing, of any impact, in any theme or view.
import { chooseMode, chooseTheme, eventButton, firstDrawnEvent, openApp, panel } from '../app';
import { axeViolations } from '../axe';
import { expect } from '../expect';
import { test } from '../harness';

const lang = 'kk';

for (const theme of ['light', 'dark', 'contrast'] as const) {
  test(`axe finds no violation in the ${theme} theme (timeline, panel, list, sources)`, async (t) => {
    await openApp(t, `?lang=${lang}`);
    await chooseTheme(t.page, lang, theme);
    const found: string[] = [];
    const check = async (where: string) => {
      for (const v of await axeViolations(t.page)) found.push(`${where}: ${v}`);
    };
    await check('timeline');
    const e = await firstDrawnEvent(t.page, lang);
    await eventButton(t.page, e, lang).click();
    await expect(panel(t.page, e, lang)).toBeVisible();
    await check('timeline with panel');
    await chooseMode(t.page, lang, 'list');
    await check('list');
    await chooseMode(t.page, lang, 'sources');
    await check('sources');
    expect(found, `axe violations (${theme})`).toEqual([]);
  });
}
