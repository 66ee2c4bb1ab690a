// A keyboard user never loses their place: Esc goes back to what they came from, popovers close,
// presentation takes focus, and Home/End bring the first and last event into view.
import { eventButtons, firstDrawnEvent, eventButton, openApp, panel, timeline } from '../app';
import { cl, allowBlockedServiceWorker, presentation } from '../classroom/classroom';
import { expect, poll } from '../expect';
import { test } from '../harness';

const lang = 'en';
const focusedMarkId = (t: Parameters<Parameters<typeof test>[1]>[0]) =>
  t.page.evaluate(() => document.activeElement?.getAttribute('data-mark-id') ?? null);

test('Esc on the event panel returns focus to the mark that opened it', async (t) => {
  await openApp(t, `?lang=${lang}`);
  const e = await firstDrawnEvent(t.page, lang);
  await eventButton(t.page, e, lang).click();
  await expect(panel(t.page, e, lang), 'event panel').toBeVisible();
  await t.page.keyboard.press('Escape');
  await expect(panel(t.page, e, lang), 'panel after Escape').toBeHidden();
  await poll(
    () => focusedMarkId(t),
    (id) => id === e.id,
    'focus back on the event mark',
  );
});

test('Esc closes the QR panel and the export menu, with focus on their buttons', async (t) => {
  allowBlockedServiceWorker(t);
  await openApp(t, `?lang=${lang}`);
  const qr = t.page.getByRole('button', { name: cl(lang, 'qr.title') });
  await qr.click();
  await poll(
    () => qr.getAttribute('aria-expanded'),
    (v) => v === 'true',
    'QR panel open',
  );
  await t.page.keyboard.press('Tab');
  await t.page.keyboard.press('Escape');
  await poll(
    () => qr.getAttribute('aria-expanded'),
    (v) => v === 'false',
    'QR panel closed',
  );
  await poll(
    () => t.page.evaluate(() => document.activeElement?.textContent ?? ''),
    (text) => text === cl(lang, 'qr.title'),
    'focus on the QR button',
  );
  const summary = t.page.locator('summary', { hasText: cl(lang, 'export.menu') });
  await summary.click();
  const menu = t.page.locator('details.classroom-export');
  await poll(() => menu.evaluate((d) => (d as HTMLDetailsElement).open), Boolean, 'menu open');
  await t.page.keyboard.press('Escape');
  await poll(() => menu.evaluate((d) => !(d as HTMLDetailsElement).open), Boolean, 'menu closed');
});

test('presentation mode takes focus', async (t) => {
  allowBlockedServiceWorker(t);
  await openApp(t, `?lang=${lang}`);
  await t.page.getByRole('button', { name: cl(lang, 'presentation.enter') }).click();
  const dialog = presentation(t.page, lang);
  await expect(dialog, 'presentation').toBeVisible();
  await poll(
    () => dialog.evaluate((d) => d.contains(document.activeElement)),
    Boolean,
    'focus inside the presentation',
  );
});

test('Home and End after zooming in bring the first and the last event into view', async (t) => {
  await openApp(t, `?lang=${lang}`);
  await eventButtons(t.page).first().focus();
  for (let i = 0; i < 10; i++) await t.page.keyboard.press('+');
  for (const key of ['Home', 'End']) {
    await t.page.keyboard.press(key);
    const inView = () =>
      timeline(t.page).evaluate((root) => {
        const mark = document.activeElement;
        if (!mark?.getAttribute('data-mark-id') || !root.contains(mark)) return false;
        const shape = mark.querySelector('circle, rect:not(.tl-focus)')!.getBoundingClientRect();
        const box = root.getBoundingClientRect();
        return shape.left >= box.left - 1 && shape.right <= box.right + 1;
      });
    await poll(inView, Boolean, `the ${key} event's mark wholly in view`);
  }
});
