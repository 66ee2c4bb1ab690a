// A student explores the timeline: every event is drawn, and every way of zooming works.
import {
  axisLabels,
  eventButton,
  eventButtons,
  events,
  openApp,
  rangeOf,
  span,
  timeline,
  tr,
  waitForNewAxis,
  waitForRange,
} from '../app';
import { expect } from '../expect';
import { test } from '../harness';

const lang = 'en';

test('the timeline draws every event of the data file', async (t) => {
  await openApp(t, `?lang=${lang}`);
  for (const e of events().events) await expect(eventButton(t.page, e, lang), e.id).toBeVisible();
  await expect(eventButtons(t.page)).toHaveCount(events().events.length);
});

test('the wheel zooms in around the pointer and changes the axis labels', async (t) => {
  await openApp(t, `?lang=${lang}`);
  const before = await axisLabels(t.page);
  const box = (await timeline(t.page).boundingBox())!;
  await t.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await t.page.mouse.wheel(0, -400);
  const range = await waitForRange(t.page, () => true, 'range in the URL after zooming');
  await waitForNewAxis(t.page, before, 'axis labels after wheel zoom');
  // Zooming back out again widens the range.
  await t.page.mouse.wheel(0, 400);
  await waitForRange(t.page, (r) => span(r) > span(range), 'range wider after zooming out');
});

test('dragging pans the visible range', async (t) => {
  await openApp(t, `?lang=${lang}&range=2022-02-01..2022-06-01`);
  const before = rangeOf(t.page)!;
  const axisBefore = await axisLabels(t.page);
  const box = (await timeline(t.page).boundingBox())!;
  // Drag on empty space, away from marks: the axis strip at the top.
  const y = box.y + 10;
  await t.page.mouse.move(box.x + box.width * 0.6, y);
  await t.page.mouse.down();
  await t.page.mouse.move(box.x + box.width * 0.4, y, { steps: 8 });
  await t.page.mouse.up();
  const after = await waitForRange(t.page, (r) => r[0] > before[0], 'range moved later');
  expect(
    Math.abs(span(after) - span(before)) < 1000 * 60 * 60 * 24,
    'span kept while panning',
  ).toBe(true);
  await waitForNewAxis(t.page, axisBefore, 'axis labels after panning');
});

test('the + and - keys zoom in and out', async (t) => {
  await openApp(t, `?lang=${lang}`);
  await timeline(t.page).focus();
  const before = await axisLabels(t.page);
  await t.page.keyboard.press('+');
  const zoomed = await waitForRange(t.page, () => true, 'range after +');
  const axis = await waitForNewAxis(t.page, before, 'axis labels after +');
  await t.page.keyboard.press('+');
  const closer = await waitForRange(
    t.page,
    (r) => span(r) < span(zoomed),
    'range narrower after + +',
  );
  await t.page.keyboard.press('-');
  await waitForRange(t.page, (r) => span(r) > span(closer), 'range wider after -');
  await waitForNewAxis(t.page, axis, 'axis labels after -');
});

test('the zoom buttons zoom, and "show all" brings every event back', async (t) => {
  await openApp(t, `?lang=${lang}`);
  const zoomIn = t.page.getByRole('button', { name: tr(lang, 'timeline.zoomIn'), exact: true });
  const zoomOut = t.page.getByRole('button', { name: tr(lang, 'timeline.zoomOut'), exact: true });
  const before = await axisLabels(t.page);
  for (let i = 0; i < 4; i++) await zoomIn.click();
  const zoomed = await waitForRange(t.page, () => true, 'range after zoom in');
  await waitForNewAxis(t.page, before, 'axis labels after zoom in');
  expect(
    (await eventButtons(t.page).count()) < events().events.length,
    'fewer events in view',
  ).toBe(true);
  await zoomOut.click();
  await waitForRange(t.page, (r) => span(r) > span(zoomed), 'range wider after zoom out');
  await t.page.getByRole('button', { name: tr(lang, 'timeline.fit'), exact: true }).click();
  for (const e of events().events) await expect(eventButton(t.page, e, lang), e.id).toBeVisible();
});
