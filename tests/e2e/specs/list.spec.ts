// A screen-reader user (or a printout) uses the list: it must tell the same story in the same order.
import { chooseMode, eventButton, events, openApp, titleIn } from '../app';
import { expect, poll } from '../expect';
import { test } from '../harness';

const lang = 'en';

test('the list view holds the same events in the same order as the timeline', async (t) => {
  await openApp(t, `?lang=${lang}`);
  const x = new Map<string, number>();
  for (const e of events().events) {
    const box = await eventButton(t.page, e, lang).boundingBox();
    x.set(e.id, box?.x ?? NaN);
  }
  await chooseMode(t.page, lang, 'list');
  const main = t.page.getByRole('main');
  // Where each title first appears in the list's text gives the list's order.
  const positions = await poll(
    async () => {
      const text = await main.innerText();
      return events().events.map((e) => ({ id: e.id, at: text.indexOf(titleIn(e, lang)) }));
    },
    (ps) => ps.every((p) => p.at >= 0),
    'every event in the list',
  );
  const order = positions.sort((a, b) => a.at - b.at).map((p) => p.id);
  const xs = order.map((id) => x.get(id)!);
  const backwards = xs.findIndex((v, i) => i > 0 && v < xs[i - 1]!);
  expect(backwards, `list order ${order.join(', ')} against timeline x ${xs.join(', ')}`).toBe(-1);
  expect(
    await t.page
      .getByRole('region', { name: /./ })
      .filter({ has: t.page.locator('[aria-roledescription="timeline"]') })
      .count(),
    'timeline hidden in list view',
  ).toBe(0);
});
