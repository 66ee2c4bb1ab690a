// A student explores the timeline: every event is drawn, and every way of zooming works.
import type { Page } from 'playwright-core';
import {
  drawnEventCount,
  events,
  openApp,
  rangeOf,
  span,
  timeline,
  tr,
  waitForAxis,
  waitForNewAxis,
  waitForRange,
} from '../app';
import { expect, poll } from '../expect';
import { test } from '../harness';

const lang = 'en';
const total = () => events().events.length;
/**
 * Early 2022, where the seeds' events are dense: no compressed gap inside or near it, so a range's
 * real span shrinks and grows as drawn. The first view may hold a gap (years drawn narrow), and
 * then a zoom barely changes its real span.
 */
const DENSE = 'range=2022-02-01..2022-04-10';

/** The pointer over the middle of the timeline's drawing. */
async function pointAtTimeline(page: Page): Promise<{ x: number; y: number }> {
  const box = (await timeline(page).boundingBox())!;
  const at = { x: box.x + box.width / 2, y: box.y + Math.min(box.height / 2, 120) };
  await page.mouse.move(at.x, at.y);
  return at;
}

test('the timeline draws every event of the data file once "show all" is pressed', async (t) => {
  await openApp(t, `?lang=${lang}`);
  await t.page.getByRole('button', { name: tr(lang, 'timeline.fit'), exact: true }).click();
  await poll(
    () => drawnEventCount(t.page),
    (n) => n === total(),
    'events drawn (marks + cluster counts)',
  );
});

test('the wheel zooms in and out and changes the axis labels', async (t) => {
  await openApp(t, `?lang=${lang}`);
  const start = rangeOf(t.page)!;
  const axis = await waitForAxis(t.page);
  await pointAtTimeline(t.page);
  await t.page.mouse.wheel(0, -500);
  const zoomed = await waitForRange(
    t.page,
    (r) => span(r) < span(start) * 0.9,
    'narrower after wheel up',
  );
  const axisZoomed = await waitForNewAxis(t.page, axis, 'axis labels after wheel zoom');
  await t.page.mouse.wheel(0, 500);
  await waitForRange(t.page, (r) => span(r) > span(zoomed) * 1.1, 'wider after wheel down');
  await waitForNewAxis(t.page, axisZoomed, 'axis labels after zooming out');
});

test('dragging pans the visible range', async (t) => {
  // The first fortnight of March 2022 is one stretch of the warp (drawn wider, at one scale), so
  // the real span is kept when the pan, 40 % of the range later, stays inside it.
  await openApp(t, `?lang=${lang}&range=2022-03-01..2022-03-09`);
  const before = rangeOf(t.page)!;
  const axis = await waitForAxis(t.page);
  const box = (await timeline(t.page).boundingBox())!;
  // Drag on the axis strip at the top, where no mark can catch the press.
  const top = box.y + 12;
  await t.page.mouse.move(box.x + box.width * 0.7, top);
  await t.page.mouse.down();
  await t.page.mouse.move(box.x + box.width * 0.3, top, { steps: 8 });
  await t.page.mouse.up();
  const after = await waitForRange(
    t.page,
    (r) => r[0] > before[0],
    'later range after dragging left',
  );
  const day = 24 * 3600 * 1000;
  expect(Math.abs(span(after) - span(before)) < day, 'the span is kept while panning').toBe(true);
  await waitForNewAxis(t.page, axis, 'axis labels after panning');
});

test('dragging the overview window pans the timeline with it', async (t) => {
  await openApp(t, `?lang=${lang}&${DENSE}`);
  const before = rangeOf(t.page)!;
  const axis = await waitForAxis(t.page);
  const brush = (await t.page.locator('.tl-overview .selection').boundingBox())!;
  const [x, y] = [brush.x + brush.width / 2, brush.y + brush.height / 2];
  await t.page.mouse.move(x, y);
  await t.page.mouse.down();
  await t.page.mouse.move(x + 60, y, { steps: 6 });
  // The timeline follows while the window is still held.
  await waitForNewAxis(t.page, axis, 'axis labels while the window is dragged');
  await t.page.mouse.move(x + 120, y, { steps: 6 });
  await t.page.mouse.up();
  // The window keeps its width, but it may now stand for a stretch drawn narrow (a gap).
  await waitForRange(t.page, (r) => r[0] > before[0], 'later range after dragging the window');
});

test('the + and - keys zoom in and out', async (t) => {
  await openApp(t, `?lang=${lang}&${DENSE}`);
  const start = rangeOf(t.page)!;
  const axis = await waitForAxis(t.page);
  await timeline(t.page).focus();
  // Each key waited for (see the zoom buttons' test below).
  let zoomed: [number, number] | null = start;
  for (let i = 1; i <= 3; i++) {
    const before = zoomed;
    await t.page.keyboard.press('+');
    zoomed = await waitForRange(
      t.page,
      (r) => span(r) < span(before) * 0.9,
      `narrower after + ×${i}`,
    );
  }
  expect(span(zoomed)).toBeLessThan(span(start) * 0.5);
  const axisZoomed = await waitForNewAxis(t.page, axis, 'axis labels after + + +');
  await t.page.keyboard.press('-');
  await t.page.keyboard.press('-');
  await waitForRange(t.page, (r) => span(r) > span(zoomed) * 1.5, 'wider after - -');
  await waitForNewAxis(t.page, axisZoomed, 'axis labels after - -');
});

test('the zoom buttons zoom, and "show all" brings every event back', async (t) => {
  await openApp(t, `?lang=${lang}`);
  const start = rangeOf(t.page)!;
  const axis = await waitForAxis(t.page);
  const button = (key: string) => t.page.getByRole('button', { name: tr(lang, key), exact: true });
  // One click at a time, each waited for: the range reaches the URL after the click returns, and
  // a range read between clicks would be taken for the zoomed one.
  let zoomed: [number, number] | null = start;
  for (let i = 1; i <= 4; i++) {
    const before = zoomed;
    await button('timeline.zoomIn').click();
    zoomed = await waitForRange(
      t.page,
      (r) => span(r) < span(before) * 0.75,
      `narrower after zoom in ${i}`,
    );
  }
  expect(span(zoomed)).toBeLessThan(span(start) * 0.5);
  await waitForNewAxis(t.page, axis, 'axis labels after zoom in');
  await poll(
    () => drawnEventCount(t.page),
    (n) => n < total(),
    'fewer events in a narrow view',
  );
  await button('timeline.zoomOut').click();
  await waitForRange(t.page, (r) => span(r) > span(zoomed) * 1.1, 'wider after zoom out');
  await button('timeline.fit').click();
  await waitForRange(t.page, (r) => span(r) >= span(start) * 0.99, 'at least the first range');
  await poll(
    () => drawnEventCount(t.page),
    (n) => n === total(),
    'every event after "show all"',
  );
});
