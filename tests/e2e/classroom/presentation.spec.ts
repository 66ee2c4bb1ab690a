// A teacher at a projector steps through the events with a clicker (PageDown/PageUp).
import { events } from '../app';
import { expect, poll } from '../expect';
import { test } from '../harness';
import { cl, openPresentation, presentation } from './classroom';

test('presentation mode steps event to event with progress and leaves on Esc', async (t) => {
  const total = events().events.length;
  const show = await openPresentation(t, 'en');
  await expect(show, 'presentation overlay').toBeVisible();
  const progress = show.getByRole('status');
  await poll(
    () => progress.textContent(),
    (s) => s === cl('en', 'presentation.progress', { current: 1, total }),
    'progress at start',
  );
  await t.page.keyboard.press('PageDown');
  await t.page.keyboard.press('ArrowRight');
  await poll(
    () => progress.textContent(),
    (s) => s === cl('en', 'presentation.progress', { current: 3, total }),
    'progress after two steps',
  );
  await t.page.keyboard.press('PageUp');
  await poll(
    () => progress.textContent(),
    (s) => s === cl('en', 'presentation.progress', { current: 2, total }),
    'progress after a step back',
  );
  // Projector-size type: the title is at least 4 % of the viewport height.
  const ratio = await show
    .getByRole('heading', { level: 2 })
    .evaluate((h) => parseFloat(getComputedStyle(h).fontSize) / innerHeight);
  expect(ratio >= 0.04, `title font-size / viewport height = ${ratio}`).toBe(true);
  await t.page.keyboard.press('Escape');
  await expect(presentation(t.page, 'en'), 'presentation after Esc').toBeHidden();
});
