// axe finds nothing in the views the first a11y spec does not reach: the legend and the classroom
// popovers open, presentation mode, and the embed, in each theme.
import { chooseTheme, openApp } from '../app';
import { axeViolations } from '../axe';
import { allowBlockedServiceWorker, cl, presentation } from '../classroom/classroom';
import { expect } from '../expect';
import { test } from '../harness';
import { tr } from '../strings';

const lang = 'kk';

for (const theme of ['light', 'dark', 'contrast'] as const) {
  test(`axe finds no violation in the ${theme} theme with the legend, QR, export and presentation open`, async (t) => {
    allowBlockedServiceWorker(t);
    await openApp(t, `?lang=${lang}`);
    await chooseTheme(t.page, lang, theme);
    const found: string[] = [];
    const check = async (where: string) => {
      for (const v of await axeViolations(t.page)) found.push(`${where}: ${v}`);
    };
    await t.page.getByText(tr(lang, 'legend.title'), { exact: true }).click();
    await check('legend');
    await t.page.getByRole('button', { name: cl(lang, 'qr.title') }).click();
    await check('QR panel');
    await t.page.getByText(cl(lang, 'export.menu'), { exact: true }).click();
    await check('export menu');
    await t.page.getByRole('button', { name: cl(lang, 'presentation.enter') }).click();
    await expect(presentation(t.page, lang), 'presentation').toBeVisible();
    await check('presentation');
    expect(found, `axe violations (${theme})`).toEqual([]);
  });
}

for (const scheme of ['light', 'dark'] as const) {
  test(
    `axe finds no violation in the embed (${scheme})`,
    async (t) => {
      allowBlockedServiceWorker(t);
      await t.page.goto(t.app('embed.html?lang=kk'));
      await expect(
        t.page.locator('[aria-roledescription="timeline"] [role="button"]').first(),
        'a mark in the embed',
      ).toBeVisible();
      expect(await axeViolations(t.page), `axe violations in the embed (${scheme})`).toEqual([]);
    },
    { colorScheme: scheme, viewport: { width: 800, height: 500 } },
  );
}
