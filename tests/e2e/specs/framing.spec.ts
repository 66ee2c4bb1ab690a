// A class reads the first view at a glance: it is framed where the events are, every lane and the
// overview fit a laptop screen, and no label runs off the timeline's edge.
import type { Page } from 'playwright-core';
import { openApp, timeline } from '../app';
import { expect } from '../expect';
import { test } from '../harness';

/** The x extents of the marks' shapes (dots, bars, badges), not their labels, in page px. */
function markExtents(page: Page): Promise<{ left: number; right: number; spans: number[][] }> {
  return timeline(page).evaluate((root) => {
    const svg = root.querySelector('svg')!.getBoundingClientRect();
    const spans = [...root.querySelectorAll('[data-mark-id]')].map((mark) => {
      const shape = mark.querySelector('circle, g > rect:not(.tl-focus), rect:not(.tl-focus)')!;
      const r = shape.getBoundingClientRect();
      return [Math.max(svg.left, r.left), Math.min(svg.right, r.right)];
    });
    return { left: svg.left, right: svg.right, spans };
  });
}

/** The widest stretch between neighbouring marks, as a share of the timeline's width. */
function widestEmptyShare({ left, right, spans }: Awaited<ReturnType<typeof markExtents>>) {
  const sorted = spans.filter(([a, b]) => b! > a!).sort((p, q) => p[0]! - q[0]!);
  let widest = 0;
  let reach = sorted[0]?.[1] ?? left;
  for (const [a, b] of sorted.slice(1)) {
    widest = Math.max(widest, a! - reach);
    reach = Math.max(reach, b!);
  }
  return widest / (right - left);
}

for (const lang of ['kk', 'ru', 'en'] as const) {
  test(
    `at 1366×768 in ${lang} the first view has no empty stretch over 40 % of the width`,
    async (t) => {
      await openApp(t, `?lang=${lang}`);
      const share = widestEmptyShare(await markExtents(t.page));
      expect(share, 'widest empty stretch between marks, share of width').toBeLessThan(0.4);
    },
    { viewport: { width: 1366, height: 768 } },
  );
  test(
    `at 1366×768 in ${lang} every lane of the first view and the overview fit the screen`,
    async (t) => {
      await openApp(t, `?lang=${lang}`);
      const lanes = timeline(t.page).locator('[role="group"]');
      expect(await lanes.count(), 'lanes drawn').toBeGreaterThan(0);
      for (const box of await lanes.evaluateAll((els) =>
        els.map((el) => el.getBoundingClientRect().bottom),
      ))
        expect(box, 'lane bottom, px').toBeLessThan(768.5);
      const overview = (await t.page.getByRole('slider').first().boundingBox())!;
      expect(overview.y + overview.height, 'overview bottom, px').toBeLessThan(768.5);
    },
    { viewport: { width: 1366, height: 768 } },
  );
}

const SCREENS = [
  { width: 390, height: 844, mobile: true },
  { width: 1366, height: 768, mobile: false },
  { width: 1920, height: 1080, mobile: false },
];
for (const { width, height, mobile } of SCREENS) {
  for (const lang of ['kk', 'ru', 'en'] as const) {
    test(
      `at ${width}×${height} in ${lang} no label crosses the timeline's edges`,
      async (t) => {
        await openApp(t, `?lang=${lang}`);
        const out = await labelsCrossingEdges(t.page);
        expect(out, 'labels crossing the edge').toEqual([]);
      },
      { viewport: { width, height }, mobile },
    );
  }
}

test(
  "in the embed at 800×500 no label or axis year crosses the timeline's edges",
  async (t) => {
    await t.page.goto(t.app('embed.html?lang=kk'));
    await expect(timeline(t.page).getByRole('button').first(), 'a mark').toBeVisible();
    expect(await labelsCrossingEdges(t.page), 'labels crossing the edge').toEqual([]);
  },
  { viewport: { width: 800, height: 500 } },
);

/** Event labels and axis labels whose text box sticks out of the timeline's drawing. */
function labelsCrossingEdges(page: Page): Promise<(string | null)[]> {
  return timeline(page).evaluate((root) => {
    const svg = root.querySelector('svg')!.getBoundingClientRect();
    return [...root.querySelectorAll('.tl-label, .tl-tick-label, .tl-gap-label')]
      .map((el) => ({ text: el.textContent, r: el.getBoundingClientRect() }))
      .filter(({ r }) => r.right > svg.right + 1 || r.left < svg.left - 1)
      .map(({ text }) => text);
  });
}

for (const lang of ['kk', 'ru', 'en', 'kk-latn'] as const) {
  test(
    `at 1366×768 in ${lang} the header is one row`,
    async (t) => {
      await openApp(t, `?lang=${lang}`);
      const header = (await t.page.locator('.app-header').boundingBox())!;
      expect(header.height, 'header height, px').toBeLessThan(72);
    },
    { viewport: { width: 1366, height: 768 } },
  );
}
