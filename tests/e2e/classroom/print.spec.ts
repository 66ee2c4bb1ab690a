// A teacher prints a handout of the filtered events.
import { events, openApp } from '../app';
import { expect, poll } from '../expect';
import { test } from '../harness';
import { allowBlockedServiceWorker, cl, decodeQr } from './classroom';

test('print media shows the chronological handout with sources and the QR code only', async (t) => {
  const party = events().events.filter((e) => e.themes.includes('party'));
  allowBlockedServiceWorker(t);
  await openApp(t, '?lang=en&theme=party');
  const handout = t.page.locator('body > article.classroom-print');
  // Not hidden but absent: a handout of every event kept in the page would cost thousands of
  // elements on every visit; it is rendered when printing starts.
  await expect(handout, 'no handout in the page on screen').toHaveCount(0);
  await t.page.emulateMedia({ media: 'print' });
  await expect(handout, 'handout in print').toBeVisible();
  await expect(t.page.locator('#root'), 'the app in print').toBeHidden();
  await expect(
    handout.getByRole('heading', { level: 1, name: cl('en', 'print.heading') }),
    'heading',
  ).toBeVisible();
  await expect(handout.getByRole('listitem'), 'one item per filtered event').toHaveCount(
    party.length,
  );
  const url = party
    .flatMap((e) => e.sources)
    .map((s) => events().sources.find((x) => x.id === s.sourceId)?.url)
    .find(Boolean);
  if (url) await expect(handout.getByText(url).first(), 'a source url').toBeVisible();
  const qr = handout.getByRole('img', { name: cl('en', 'qr.alt') });
  const decoded = await poll(
    async () => decodeQr(await qr.screenshot()),
    (s) => s !== null,
    'printed QR code',
  );
  expect(decoded, 'printed QR payload').toBe(t.page.url());
});
