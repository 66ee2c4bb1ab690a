// Paint before JavaScript: the built index.html carries the seeds' first view (an SVG timeline, the
// list of events and what is not yet placed, in Kazakh), which a reader sees with scripts off and
// which the app replaces without a "loading" screen in between.
import { eventButtons, events, openApp, timeline } from '../app';
import { expect } from '../expect';
import { test } from '../harness';
import { tr } from '../strings';

test('first view: with JavaScript off the reader still sees every event, in Kazakh', async (t) => {
  const context = await t.context.browser()!.newContext({ javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    const elsewhere: string[] = [];
    await context.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (url.origin === t.origin) return route.continue();
      elsewhere.push(url.href);
      return route.abort('blockedbyclient');
    });
    await page.goto(t.app());
    await expect(
      page.getByRole('img', { name: /Уақыт сызығы/u }),
      'the static timeline',
    ).toBeVisible();
    const list = page.getByRole('main').locator('ol').getByRole('listitem');
    await expect(list, 'one list item per event').toHaveCount(events().events.length);
    const text = (await list.allInnerTexts()).join('\n');
    for (const e of events().events) expect(text, 'the list').toContain(e.title.kk);
    // What could not be placed is shown too, as the app shows it below the timeline.
    const { unplaced } = events();
    const section = page.getByRole('region', { name: tr('kk', 'unplaced.title') });
    await expect(section, 'the "not yet placed" section').toHaveCount(unplaced.length > 0 ? 1 : 0);
    const items = section.getByRole('listitem');
    await expect(items, 'one item per unplaced finding').toHaveCount(unplaced.length);
    const words = (text: string) => text.replace(/\s+/gu, ' ').trim();
    const found = (await items.allInnerTexts()).map(words);
    unplaced.forEach((u, i) => {
      const reason = tr('kk', `unplaced.reasons.${u.reasonCode}`);
      expect(found[i], `unplaced item ${i + 1}, in the file's order`).toContain(reason);
      if (u.evidence) expect(found[i], `unplaced item ${i + 1}`).toContain(words(u.evidence.text));
    });
    expect(elsewhere, 'requests to other sites').toEqual([]);
  } finally {
    await context.close();
  }
});

test('first view: the app takes it over with no loading screen in between', async (t) => {
  const loading = tr('kk', 'app.loading');
  await t.page.addInitScript((text: string) => {
    const w = window as unknown as { __sawLoading: boolean };
    w.__sawLoading = false;
    new MutationObserver(() => {
      if (document.getElementById('root')?.textContent?.includes(text)) w.__sawLoading = true;
    }).observe(document, { childList: true, subtree: true, characterData: true });
  }, loading);
  await openApp(t, '?lang=kk');
  await expect(timeline(t.page), 'the live timeline').toBeVisible();
  await expect(t.page.locator('[data-first-view]'), 'the static first view').toHaveCount(0);
  const saw = await t.page.evaluate(
    () => (window as unknown as { __sawLoading: boolean }).__sawLoading,
  );
  expect(saw, 'a loading message was shown').toBe(false);
});

test('first view: a ?data= file is drawn before the app has loaded, then the app takes it over', async (t) => {
  // A teacher's own file: three of the seeds' events.
  const file = { ...structuredClone(events()), events: events().events.slice(0, 3), unplaced: [] };
  let asked = 0;
  await t.page.route(
    (url) => url.pathname === '/fixtures/own.json',
    (route) => {
      asked += 1;
      return route.fulfill({ json: file });
    },
  );
  // The app's code is held back until the first view has been checked: the test waits for states,
  // not for time, and the first view cannot have come from the app.
  let release = () => {};
  const released = new Promise<void>((r) => (release = r));
  await t.page.route(/\/assets\/startApp-[^/]+\.js$/u, async (route) => {
    await released;
    await route.continue();
  });
  await t.page.goto(t.app('?lang=ru&data=/fixtures/own.json'));
  const drawn = t.page.locator('[data-first-view="data"]');
  await expect(
    drawn.getByRole('img', { name: `${tr('ru', 'timeline.label')}: 3` }),
    'the file drawn before the app',
  ).toBeVisible();
  // A dot per day and lane, whose tooltip names its first event and counts the others.
  const tips = await drawn.locator('circle > title').allTextContents();
  const count = (tip: string) => 1 + Number(/\n\+ (\d+)$/u.exec(tip)?.[1] ?? 0);
  expect(
    tips.reduce((n, tip) => n + count(tip), 0),
    'every event drawn',
  ).toBe(3);
  for (const tip of tips)
    expect(
      file.events.map((e) => e.title.ru),
      'a name from the file, in Russian',
    ).toContain(tip.split('\n')[0]);
  await expect(t.page.locator('[data-first-view=""]'), "the seeds' built-in view").toHaveCount(0);
  await expect(timeline(t.page), 'the live timeline, not loaded yet').toHaveCount(0);
  release();
  await expect(timeline(t.page), 'the live timeline').toBeVisible();
  await expect(drawn, 'the first view, replaced').toHaveCount(0);
  await expect(eventButtons(t.page), 'the three events, live').toHaveCount(3);
  expect(asked, 'the first view and the app share one request for the file').toBe(1);
});
