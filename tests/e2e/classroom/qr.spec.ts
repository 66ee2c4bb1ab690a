// Pupils scan the projected QR code and land on the same view.
import { openApp } from '../app';
import { expect, poll } from '../expect';
import { test } from '../harness';
import { allowBlockedServiceWorker, cl, decodeQr } from './classroom';

test('the QR code decodes to the current deep link', async (t) => {
  allowBlockedServiceWorker(t);
  await openApp(t, '?lang=ru&theme=party');
  await t.page.getByRole('button', { name: cl('ru', 'qr.title') }).click();
  const qr = t.page.getByRole('img', { name: cl('ru', 'qr.alt') }).first();
  await expect(qr, 'QR code').toBeVisible();
  const decoded = await poll(
    async () => decodeQr(await qr.screenshot()),
    (s) => s !== null,
    'a readable QR code',
  );
  expect(decoded, 'QR payload').toBe(t.page.url());
  await expect(
    t.page.getByRole('link', { name: t.page.url(), exact: true }).first(),
    'the link as text',
  ).toBeVisible();
});
