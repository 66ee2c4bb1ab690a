// A student opens an event to read what happened and where the evidence comes from.
import { eventButton, events, firstDrawnEvent, openApp, panel, params, titleIn, tr } from '../app';
import { expect, poll } from '../expect';
import { test } from '../harness';

const lang = 'en';

test('clicking an event opens its panel with the evidence; Escape closes it', async (t) => {
  await openApp(t, `?lang=${lang}`);
  const e = await firstDrawnEvent(t.page, lang);
  await eventButton(t.page, e, lang).click();
  const p = panel(t.page, e, lang);
  await expect(p, 'event panel').toBeVisible();
  const evidence = p.getByRole('list', { name: tr(lang, 'panel.evidence') });
  const sentence = e.sources[0]!.evidence[0]!.text;
  await expect(
    evidence.getByText(sentence.slice(0, 40)).first(),
    'evidence sentence',
  ).toBeVisible();
  await poll(
    async () => params(t.page).get('event'),
    (id) => id === e.id,
    'event id in the URL',
  );
  await t.page.keyboard.press('Escape');
  await expect(p, 'panel after Escape').toBeHidden();
  await poll(
    async () => params(t.page).get('event'),
    (id) => id === null,
    'no event in the URL',
  );
});

test('Enter opens the focused event; the arrow keys step to the next and previous event', async (t) => {
  await openApp(t, `?lang=${lang}`);
  await t.page.keyboard.press('Tab'); // skip link or first control: walk until an event has focus
  const focusedName = () =>
    t.page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
  const titles = events().events.map((e) => titleIn(e, lang));
  const isEvent = (name: string) => titles.some((title) => name.startsWith(title));
  for (let i = 0; i < 40 && !isEvent(await focusedName()); i++) await t.page.keyboard.press('Tab');
  const first = await focusedName();
  expect(isEvent(first), `Tab reaches an event (focus on "${first}")`).toBe(true);
  // Home goes to the earliest event; then → and ← walk through time.
  await t.page.keyboard.press('Home');
  const earliest = await poll(focusedName, isEvent, 'focus on an event after Home');
  await t.page.keyboard.press('ArrowRight');
  const next = await poll(focusedName, (n) => isEvent(n) && n !== earliest, 'focus moved by →');
  await t.page.keyboard.press('ArrowLeft');
  await poll(focusedName, (n) => n === earliest, 'focus back by ←');
  await t.page.keyboard.press('ArrowRight');
  await poll(focusedName, (n) => n === next, 'focus on the next event again');
  await t.page.keyboard.press('Enter');
  const e = events().events.find((ev) => next.startsWith(titleIn(ev, lang)))!;
  await expect(panel(t.page, e, lang), 'panel of the event opened with Enter').toBeVisible();
  await t.page.keyboard.press('Escape');
  await expect(panel(t.page, e, lang), 'panel after Escape').toBeHidden();
});
