// A classroom's connection drops after the first visit: the precached app still works.
import { events, titleIn } from '../app';
import { expect } from '../expect';
import { test } from '../harness';
import { BASE_PATH } from '../server';
import { re } from '../strings';

test('after a first visit the app renders the events offline (service worker)', async (t) => {
  // The harness blocks service workers so its request guard sees everything; this test needs
  // one, so it uses its own context and checks the origin of every request itself.
  const context = await t.context
    .browser()!
    .newContext({ serviceWorkers: 'allow', reducedMotion: 'reduce' });
  const outside: string[] = [];
  context.on('request', (r) => {
    if (new URL(r.url()).origin !== t.origin) outside.push(r.url());
  });
  try {
    const page = await context.newPage();
    const app = `${t.origin}${BASE_PATH}?lang=en`;
    await page.goto(app);
    // Wait until the worker has installed and precached everything, then let it control the page.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.reload();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
      timeout: 15_000,
    });
    await context.setOffline(true);
    await page.reload();
    // Any event of the first view (it frames where most events are, not necessarily the first).
    const titles = new RegExp(
      events()
        .events.map((e) => re(titleIn(e, 'en')).source)
        .join('|'),
    );
    await expect(page.getByText(titles).first(), 'an event title offline').toBeVisible();
    expect(outside, 'requests outside the origin').toEqual([]);
  } finally {
    await context.close();
  }
});
