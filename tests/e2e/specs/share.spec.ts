// A teacher shares the view: on a link only this computer can open, the QR and embed dialogs
// say so before anyone scans or copies it; the first view's link holds dates, not timestamps.
import { openApp, params } from '../app';
import { allowBlockedServiceWorker, cl } from '../classroom/classroom';
import { expect } from '../expect';
import { test } from '../harness';

for (const lang of ['kk', 'ru', 'en'] as const) {
  test(`in ${lang} the QR and embed dialogs warn that a 127.0.0.1 link works only here`, async (t) => {
    allowBlockedServiceWorker(t);
    await openApp(t, `?lang=${lang}`);
    const warning = t.page.getByRole('note').filter({ hasText: 'SHEJIRE_PUBLIC_URL' });
    await t.page.getByRole('button', { name: cl(lang, 'qr.title') }).click();
    await expect(warning.first(), 'loopback warning in the QR panel').toBeVisible();
    await t.page.getByRole('button', { name: cl(lang, 'embed.button') }).click();
    await expect(warning.first(), 'loopback warning in the embed dialog').toBeVisible();
  });
}

test('the first view is a range of whole days in the link', async (t) => {
  await openApp(t, '?lang=en');
  expect(params(t.page).get('range') ?? '', 'range').toMatch(
    /^\d{4}-\d\d-\d\d\.\.\d{4}-\d\d-\d\d$/,
  );
});
