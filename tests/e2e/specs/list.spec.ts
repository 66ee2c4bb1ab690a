// A screen-reader user (or a printout) uses the list: it must tell the same story in the same order.
import { edtfToRange } from '../../../src/timeline/edtfToRange';
import { chooseMode, eventButton, events, openApp, titleIn } from '../app';
import { expect, poll } from '../expect';
import { test } from '../harness';

const lang = 'en';

test('the list view holds the same events in the same order as the timeline', async (t) => {
  await openApp(t, `?lang=${lang}`);
  // Where the timeline draws each event on its own (events inside a cluster badge have no x).
  const x = new Map<string, number>();
  for (const e of events().events) {
    const mark = eventButton(t.page, e, lang);
    // The dot or bar, not the whole button: near the right edge a label sits left of its mark.
    const shape = mark.locator('circle, rect:not(.tl-focus)').first();
    if ((await mark.count()) === 1) x.set(e.id, (await shape.boundingBox())?.x ?? NaN);
  }
  expect(x.size > 1, 'events drawn as their own marks').toBe(true);
  await chooseMode(t.page, lang, 'list');
  const main = t.page.getByRole('main');
  // Where each title first appears in the list's text gives the list's order.
  const positions = await poll(
    async () => {
      const text = await main.innerText();
      return events().events.map((e) => ({ e, at: text.indexOf(titleIn(e, lang)) }));
    },
    (ps) => ps.every((p) => p.at >= 0),
    'every event in the list',
  );
  const order = positions.sort((a, b) => a.at - b.at).map((p) => p.e);
  const ids = order.map((e) => e.id).join(', ');
  // The timeline's order is time: each list entry starts no earlier than the one before it…
  const starts = order.map((e) => edtfToRange(e.date.edtf)?.start ?? NaN);
  const early = starts.findIndex((s, i) => i > 0 && s < starts[i - 1]!);
  expect(early, `list entry out of time order in ${ids}`).toBe(-1);
  // …and sits no further left on the timeline than the one before it.
  const xs = order.map((e) => x.get(e.id)).filter((v) => v !== undefined);
  const left = xs.findIndex((v, i) => i > 0 && v < xs[i - 1]! - 0.5);
  expect(left, `list order ${ids} against timeline x ${xs.join(', ')}`).toBe(-1);
  await expect(t.page.locator('[aria-roledescription="timeline"]'), 'timeline hidden').toBeHidden();
});
